package dev.vizzor.market.client.dexscreener;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One pair as DexScreener's {@code /latest/dex/…} endpoints return it (the recorded sample {@code
 * pairs_solana_3pairs.capture.json} has this shape). Prices are strings on the wire, amounts
 * numbers; {@code liquidity} and {@code info} may be absent.
 */
public record DexPair(
    String chainId,
    String dexId,
    String url,
    String pairAddress,
    Token baseToken,
    Token quoteToken,
    String priceUsd,
    Map<String, Txns> txns,
    Map<String, BigDecimal> volume,
    Map<String, BigDecimal> priceChange,
    Liquidity liquidity,
    BigDecimal fdv,
    Long pairCreatedAt,
    Info info) {

  public record Token(String address, String name, String symbol) {}

  public record Txns(int buys, int sells) {}

  public record Liquidity(BigDecimal usd, BigDecimal base, BigDecimal quote) {}

  /** Websites are {@code {label, url}}, socials {@code {type, url}}. */
  public record Info(List<Link> websites, List<Link> socials) {}

  public record Link(String label, String type, String url) {}

  /** The wrapper of {@code /latest/dex/tokens/…} and {@code /latest/dex/pairs/…} answers. */
  public record Page(String schemaVersion, List<DexPair> pairs) {}
}
