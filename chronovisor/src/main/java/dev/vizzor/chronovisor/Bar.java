package dev.vizzor.chronovisor;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One closed hourly candle: opens at {@code openTime}, closes an hour later. */
public record Bar(
    Instant openTime, double open, double high, double low, double close, double volume) {
  public static final Duration STEP = Duration.ofHours(1);

  public Bar {
    Objects.requireNonNull(openTime, "openTime");
  }

  public Instant closeTime() {
    return openTime.plus(STEP);
  }
}
