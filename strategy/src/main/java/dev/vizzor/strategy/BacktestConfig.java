package dev.vizzor.strategy;

/**
 * How a backtest trades: starting {@code capital} (quote currency, default 10 000); a fee of {@code
 * feeBps} of each fill's notional (default 10 = 0.1 %, Binance's spot taker fee); {@code
 * slippageBps} against each fill (default 5); shorts only when {@code allowShort}; each entry sized
 * at {@code sizing} (0 < f ≤ 1, default 1) of the equity at the time.
 */
public record BacktestConfig(
    double capital, double feeBps, double slippageBps, boolean allowShort, double sizing) {
  public static final BacktestConfig DEFAULTS = new BacktestConfig(10_000, 10, 5, false, 1);

  public BacktestConfig {
    if (!(capital > 0) || Double.isInfinite(capital)) {
      throw new InvalidStrategyException("capital", "must be a positive number");
    }
    if (!(feeBps >= 0 && feeBps <= 1000)) {
      throw new InvalidStrategyException("feeBps", "must be from 0 to 1000 (10 %)");
    }
    if (!(slippageBps >= 0 && slippageBps <= 1000)) {
      throw new InvalidStrategyException("slippageBps", "must be from 0 to 1000 (10 %)");
    }
    if (!(sizing > 0 && sizing <= 1)) {
      throw new InvalidStrategyException("sizing", "must be above 0 and at most 1 (all of equity)");
    }
  }
}
