package dev.vizzor.chronovisor;

import java.util.Locale;

/** What a prediction says the price will do over its horizon. */
public enum Direction {
  UP,
  DOWN,
  SIDEWAYS;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Direction parse(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
