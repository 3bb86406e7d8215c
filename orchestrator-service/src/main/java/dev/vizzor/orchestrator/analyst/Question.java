package dev.vizzor.orchestrator.analyst;

import java.util.List;
import java.util.Set;

/**
 * A question as the local analyst reads it: the assets it names (tickers), the horizon if one is
 * named, what it asks for, and the strategy named for a backtest.
 */
record Question(List<String> symbols, String horizon, Set<Ask> asks, String strategy) {
  boolean asks(Ask ask) {
    return asks.contains(ask);
  }
}
