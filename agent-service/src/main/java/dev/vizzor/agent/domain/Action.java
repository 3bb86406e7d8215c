package dev.vizzor.agent.domain;

import java.util.Locale;

/** What a decision did: trade, hold, or (the emergency stop's) halt and resume. */
public enum Action {
  BUY,
  SELL,
  HOLD,
  HALT,
  RESUME;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
