package dev.vizzor.orchestrator.domain;

import java.util.List;

/**
 * Zmarty's {@code context}: whether the pipeline's latest signals and win rates go into the model's
 * context before it answers, for {@code symbols}, or without them for the symbols the caller's
 * watchers watch.
 */
public record ChatContext(boolean includeSignals, boolean includeWinRates, List<String> symbols) {
  public static final ChatContext NONE = new ChatContext(false, false, List.of());

  public boolean wanted() {
    return includeSignals || includeWinRates;
  }
}
