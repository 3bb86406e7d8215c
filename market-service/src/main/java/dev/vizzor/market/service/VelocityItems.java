package dev.vizzor.market.service;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.KnownAsset;
import dev.vizzor.market.domain.TrackedItem;
import java.util.Arrays;
import java.util.Locale;

/** The tracked items ingest records: one per crypto asset, and the market-wide ones. */
public final class VelocityItems {
  public static final String CRYPTO = "crypto";
  public static final String MARKET = "market";
  public static final String FEAR_GREED_ID = "market-fear-greed";
  public static final String BREADTH_ID = "market-breadth";

  private VelocityItems() {}

  /** {@code crypto-<CoinGecko id>} for the known assets, {@code crypto-<symbol>} for others. */
  public static TrackedItem crypto(Asset asset) {
    KnownAsset known =
        Arrays.stream(KnownAsset.values())
            .filter(candidate -> candidate.name().equals(asset.base()))
            .findFirst()
            .orElse(null);
    String slug = known != null ? known.coinGeckoId() : asset.base().toLowerCase(Locale.ROOT);
    String name = known != null ? known.displayName() : asset.base();
    return TrackedItem.define(
        "crypto-" + slug, asset.base() + " Price", name + " cryptocurrency price tracking", CRYPTO);
  }

  public static TrackedItem fearGreed() {
    return TrackedItem.define(
        FEAR_GREED_ID,
        "Crypto Fear & Greed Index",
        "Daily crypto market sentiment, 0 (extreme fear) to 100 (extreme greed)",
        MARKET);
  }

  public static TrackedItem breadth() {
    return TrackedItem.define(
        BREADTH_ID,
        "Market Breadth",
        "Share of tracked crypto assets up over 24 h, 0 to 100",
        MARKET);
  }
}
