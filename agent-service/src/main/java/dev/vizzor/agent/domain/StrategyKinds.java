package dev.vizzor.agent.domain;

/**
 * How an agent's strategy is fed. {@code chronovisor} trades ChronoVisor's calls as
 * prediction-service emits them (the same calls its backtest replays), so an agent reads the call
 * rather than retraining the model itself; every other strategy reads closed hourly candles.
 */
public final class StrategyKinds {
  public static final String CHRONOVISOR = "chronovisor";

  private StrategyKinds() {}

  public static boolean onPredictions(String strategyType) {
    return strategyType.equals(CHRONOVISOR);
  }
}
