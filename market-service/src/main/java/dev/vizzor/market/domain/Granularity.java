package dev.vizzor.market.domain;

import java.time.Duration;

/** The step a series is resampled to; {@link #wire()} is the `granularity` of a data point. */
public enum Granularity {
  FIVE_MIN("five_min", Duration.ofMinutes(5)),
  HOURLY("hourly", Duration.ofHours(1)),
  DAILY("daily", Duration.ofDays(1));

  private final String wire;
  private final Duration step;

  Granularity(String wire, Duration step) {
    this.wire = wire;
    this.step = step;
  }

  public String wire() {
    return wire;
  }

  public Duration step() {
    return step;
  }
}
