package dev.vizzor.market.domain;

import java.util.Locale;

/** The `velocityState` of a tracked item; VELOCITY.md says when each applies. */
public enum VelocityState {
  RISING,
  FALLING,
  STABLE,
  EMERGING,
  COOLING;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
