package dev.vizzor.market.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bounds of {@code POST /track} (docs/TRACK.md). */
@ConfigMapping(prefix = "vizzor.market.track")
public interface TrackConfig {

  /** The window when a request names none: about 17 hours of Ethereum blocks. */
  @WithDefault("5000")
  int defaultWindowBlocks();

  /** The largest window a request may ask for: about a week of Ethereum blocks. */
  @WithDefault("50000")
  int maxWindowBlocks();

  /**
   * The whole request's bound: its node calls run in steps (head, then wallet and logs, then code
   * lookups), each retried, and a slow node must not hold a request for minutes. Under the
   * orchestrator's 30 s for a tool call.
   */
  @WithDefault("25s")
  Duration deadline();

  /** Counterparties checked with {@code eth_getCode} per request, busiest first. */
  @WithDefault("10")
  int maxCodeLookups();
}
