package dev.vizzor.market.velocity;

import java.time.Instant;
import java.util.Objects;

/**
 * One raw measurement of a tracked item (a price, the fear-and-greed index, a breadth ratio), not a
 * score.
 */
public record SeriesPoint(Instant timestamp, double value) {
  public SeriesPoint {
    Objects.requireNonNull(timestamp, "timestamp");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, got " + value + " at " + timestamp);
    }
  }
}
