package dev.vizzor.market.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of {@code POST /track} (docs/TRACK.md). */
@ConfigMapping(prefix = "vizzor.market.track")
public interface TrackConfig {

  /** The window when a request names none: about 17 hours of Ethereum blocks. */
  @WithDefault("5000")
  int defaultWindowBlocks();

  /** The largest window a request may ask for: about a week of Ethereum blocks. */
  @WithDefault("50000")
  int maxWindowBlocks();

  /** Counterparties checked with {@code eth_getCode} per request, busiest first. */
  @WithDefault("10")
  int maxCodeLookups();
}
