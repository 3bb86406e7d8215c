package dev.vizzor.agent.domain;

import java.util.Locale;

/** Created agents wait for a start; running ones trade; stopped ones keep their wallet. */
public enum AgentStatus {
  CREATED,
  RUNNING,
  STOPPED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AgentStatus of(String wire) {
    return valueOf(wire.toUpperCase(Locale.ROOT));
  }
}
