package dev.vizzor.orchestrator.analyst;

import java.util.List;
import java.util.Set;

/**
 * A question as the local analyst reads it: the assets it names (tickers), the horizon if one is
 * named, what it asks for, the strategy it names (null: none), the agent it names (null: none), and
 * the contract, token or wallet a security question is about (null: none).
 */
record Question(
    List<String> symbols,
    String horizon,
    Set<Ask> asks,
    String strategy,
    String agent,
    SecurityTarget target) {
  boolean asks(Ask ask) {
    return asks.contains(ask);
  }

  /** The agent ask of the question, if it is one. */
  Ask agentAsk() {
    return asks.stream().filter(Ask::aboutAgents).findFirst().orElse(null);
  }
}
