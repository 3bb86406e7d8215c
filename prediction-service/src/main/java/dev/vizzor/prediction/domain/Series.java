package dev.vizzor.prediction.domain;

import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.strategy.Strategies;
import dev.vizzor.strategy.Strategy;

/**
 * One signal series of the pipeline: a symbol, a timeframe and a strategy with its parameters. Any
 * number of watchers may share it; its signals are computed once.
 */
public record Series(String symbol, Horizon timeframe, Strategy strategy) {
  public String key() {
    return Strategies.key(strategy);
  }
}
