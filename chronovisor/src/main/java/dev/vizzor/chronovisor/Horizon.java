package dev.vizzor.chronovisor;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** How far ahead a prediction looks; each is emitted at its own UTC-aligned boundary. */
public enum Horizon {
  H1("1h", 1),
  H4("4h", 4),
  D1("1d", 24);

  private final String label;
  private final int hours;

  Horizon(String label, int hours) {
    this.label = label;
    this.hours = hours;
  }

  public String label() {
    return label;
  }

  /** Hourly candles the horizon spans. */
  public int hours() {
    return hours;
  }

  public Duration duration() {
    return Duration.ofHours(hours);
  }

  /**
   * When a prediction emitted at {@code emittedAt} expires if its candles are still missing: at
   * twice the horizon.
   */
  public Instant expiresAt(Instant emittedAt) {
    return emittedAt.plus(duration().multipliedBy(2));
  }

  /** True when {@code instant} is one of this horizon's emission boundaries (epoch-aligned). */
  public boolean isBoundary(Instant instant) {
    return instant.toEpochMilli() % duration().toMillis() == 0;
  }

  /** The last of this horizon's boundaries at or before {@code instant}. */
  public Instant boundaryAtOrBefore(Instant instant) {
    long millis = instant.toEpochMilli();
    return Instant.ofEpochMilli(millis - Math.floorMod(millis, duration().toMillis()));
  }

  public static Optional<Horizon> parse(String label) {
    return Arrays.stream(values()).filter(h -> h.label.equalsIgnoreCase(label.strip())).findFirst();
  }

  @Override
  public String toString() {
    return label;
  }
}
