package dev.vizzor.agent.domain;

import java.util.Locale;

public enum Side {
  BUY,
  SELL;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
