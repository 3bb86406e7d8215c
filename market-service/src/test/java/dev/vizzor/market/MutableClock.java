package dev.vizzor.market;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The wall clock in tests: the system's until a test sets it. Replaces the service's clock in every
 * Quarkus test of this module, and serves plain unit tests directly.
 */
@Singleton
@Alternative
@Priority(1)
public class MutableClock extends Clock {
  private volatile Instant fixed;

  /** From now on the clock shows {@code instant}; {@code null} returns to the system clock. */
  public void set(Instant instant) {
    fixed = instant;
  }

  public void advance(java.time.Duration duration) {
    fixed = instant().plus(duration);
  }

  @Override
  public Instant instant() {
    Instant now = fixed;
    return now != null ? now : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the service works in UTC only");
  }
}
