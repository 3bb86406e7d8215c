package dev.vizzor.market.client.dexscreener;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Risk flags read off a pair's own DexScreener data; no outside lookups. Thresholds are stated here
 * once so the README and the answers agree:
 *
 * <ul>
 *   <li>{@code no_liquidity_data}: DexScreener reports no liquidity (common on bonding-curve
 *       DEXes);
 *   <li>{@code low_liquidity}: under {@value #LOW_LIQUIDITY_USD} USD, a small sale moves the price;
 *   <li>{@code very_young}: created less than {@link #VERY_YOUNG} ago;
 *   <li>{@code price_spike_1h}: up {@value #SPIKE_PERCENT_1H} % or more in the last hour;
 *   <li>{@code sell_pressure_1h}: more sells than buys in the last hour;
 *   <li>{@code no_profile}: no token profile at all, so no website or socials to check;
 *   <li>{@code no_website} / {@code no_socials}: a profile without any.
 * </ul>
 */
public final class PairRisk {
  public static final int LOW_LIQUIDITY_USD = 10_000;
  public static final Duration VERY_YOUNG = Duration.ofMinutes(10);
  public static final int SPIKE_PERCENT_1H = 100;

  private PairRisk() {}

  public static List<String> flags(DexPair pair, Instant createdAt, Instant now) {
    List<String> flags = new ArrayList<>();
    BigDecimal liquidity = pair.liquidity() == null ? null : pair.liquidity().usd();
    if (liquidity == null) {
      flags.add("no_liquidity_data");
    } else if (liquidity.compareTo(BigDecimal.valueOf(LOW_LIQUIDITY_USD)) < 0) {
      flags.add("low_liquidity");
    }
    if (Duration.between(createdAt, now).compareTo(VERY_YOUNG) < 0) {
      flags.add("very_young");
    }
    BigDecimal change1h = pair.priceChange() == null ? null : pair.priceChange().get("h1");
    if (change1h != null && change1h.compareTo(BigDecimal.valueOf(SPIKE_PERCENT_1H)) >= 0) {
      flags.add("price_spike_1h");
    }
    DexPair.Txns txns1h = pair.txns() == null ? null : pair.txns().get("h1");
    if (txns1h != null && txns1h.sells() > txns1h.buys()) {
      flags.add("sell_pressure_1h");
    }
    if (pair.info() == null) {
      flags.add("no_profile");
    } else {
      if (isEmpty(pair.info().websites())) {
        flags.add("no_website");
      }
      if (isEmpty(pair.info().socials())) {
        flags.add("no_socials");
      }
    }
    return flags;
  }

  private static boolean isEmpty(List<?> list) {
    return list == null || list.isEmpty();
  }
}
