package dev.vizzor.market.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A freshly created DEX pair ("trenches").
 *
 * @param chain DexScreener chain id, e.g. {@code solana}
 * @param createdAt when the pair was created; for the bundled sample shifted onto the replay clock
 * @param liquidityUsd null when the DEX reports no liquidity
 * @param riskFlags derived from the pair's own data, see {@code client.dexscreener.PairRisk}
 * @param source {@code dexscreener} (live) or {@code bundled-sample}
 */
public record NewPair(
    String chain,
    String pairAddress,
    String baseSymbol,
    String quoteSymbol,
    Instant createdAt,
    BigDecimal liquidityUsd,
    BigDecimal volume24hUsd,
    BigDecimal priceUsd,
    List<String> riskFlags,
    String url,
    String source) {
  public NewPair {
    riskFlags = List.copyOf(riskFlags);
  }
}
