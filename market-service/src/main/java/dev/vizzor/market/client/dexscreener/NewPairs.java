package dev.vizzor.market.client.dexscreener;

import dev.vizzor.market.domain.NewPair;
import java.math.BigDecimal;
import java.time.Instant;

/** Maps DexScreener pairs to {@link NewPair}s; shared by the live client and the replay sample. */
public final class NewPairs {
  private NewPairs() {}

  /**
   * @param createdAt the pair's creation time as the caller presents it (the replay shifts it)
   * @param now the instant risk flags such as {@code very_young} are judged against
   */
  public static NewPair of(DexPair pair, Instant createdAt, Instant now, String source) {
    return new NewPair(
        pair.chainId(),
        pair.pairAddress(),
        pair.baseToken() == null ? null : pair.baseToken().symbol(),
        pair.quoteToken() == null ? null : pair.quoteToken().symbol(),
        createdAt,
        pair.liquidity() == null ? null : pair.liquidity().usd(),
        pair.volume() == null ? null : pair.volume().get("h24"),
        pair.priceUsd() == null ? null : new BigDecimal(pair.priceUsd()),
        PairRisk.flags(pair, createdAt, now),
        pair.url(),
        source);
  }
}
