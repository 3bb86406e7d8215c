package dev.vizzor.market.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Ingest and retention of the Velocity tracked items ({@code vizzor.market.velocity.*}). */
@ConfigMapping(prefix = "vizzor.market.velocity")
public interface VelocityConfig {

  /**
   * Wall time between ingest passes, as Quarkus' {@code @Scheduled(every)} reads it; {@code off}
   * stops the schedule (tests drive passes themselves).
   */
  @WithDefault("60s")
  String ingestInterval();

  /**
   * Hourly candle closes recorded behind a crypto item that has none yet (and the longest gap a
   * later pass catches up): 72 h gives a full hourly reading (37 points) at once.
   */
  @WithDefault("72h")
  Duration hourlyBackfill();

  /** Daily Fear &amp; Greed values recorded behind the index item when it has none yet. */
  @WithDefault("60")
  int dailyBackfillDays();

  Retention retention();

  /** How long points of each granularity are kept, measured in the source's time. */
  interface Retention {
    @WithDefault("7d")
    Duration fiveMin();

    @WithDefault("30d")
    Duration hourly();

    @WithDefault("400d")
    Duration daily();
  }
}
