package dev.vizzor.orchestrator.analyst;

/** What a question asks the local analyst for. */
enum Ask {
  PRICE,
  PREDICTION,
  ACCURACY,
  SIGNAL,
  TRENDING,
  FEAR_GREED,
  BACKTEST,
  SCAN,
  AUDIT,
  TRACK,
  LIST_AGENTS,
  CREATE_AGENT,
  START_AGENT,
  STOP_AGENT,
  AGENT_STATS;

  /** The agent asks: each changes or reads one agent, and a question is one of them at most. */
  boolean aboutAgents() {
    return compareTo(LIST_AGENTS) >= 0;
  }
}
