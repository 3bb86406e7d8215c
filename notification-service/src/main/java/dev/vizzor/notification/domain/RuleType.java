package dev.vizzor.notification.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an alert rule watches, by its wire name. */
public enum RuleType {
  PRICE_ABOVE,
  PRICE_BELOW,
  PRICE_CROSS,
  PCT_CHANGE,
  PREDICTION_EMITTED,
  PREDICTION_RESOLVED,
  AGENT_TRADE,
  AGENT_DECISION;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RuleType> parse(String wire) {
    return Arrays.stream(values()).filter(type -> type.wire().equals(wire)).findFirst();
  }

  /** Evaluated on {@code vizzor.market.ticks}. */
  public boolean onTicks() {
    return this == PRICE_ABOVE || this == PRICE_BELOW || this == PRICE_CROSS || this == PCT_CHANGE;
  }

  public boolean needsThreshold() {
    return this == PRICE_ABOVE || this == PRICE_BELOW || this == PRICE_CROSS;
  }
}
