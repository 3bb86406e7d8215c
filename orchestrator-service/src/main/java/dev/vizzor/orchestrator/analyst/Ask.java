package dev.vizzor.orchestrator.analyst;

/** What a question asks the local analyst for. */
enum Ask {
  PRICE,
  PREDICTION,
  ACCURACY,
  SIGNAL,
  TRENDING,
  FEAR_GREED,
  BACKTEST
}
