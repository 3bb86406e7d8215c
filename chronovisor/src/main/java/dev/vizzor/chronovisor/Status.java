package dev.vizzor.chronovisor;

import java.util.Locale;

/**
 * Where a prediction stands: pending until its horizon's candles are in; resolved on them; expired
 * when they are still missing at twice the horizon (reported, never counted in a rate).
 */
public enum Status {
  PENDING,
  RESOLVED,
  EXPIRED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Status parse(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
