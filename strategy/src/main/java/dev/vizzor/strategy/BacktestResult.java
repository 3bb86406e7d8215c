package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A backtest's trades, its equity curve (at most {@link #MAX_POINTS} points: every k-th close and
 * the last) and its figures. Figures that need something absent (no trades, no losing trade, no
 * variance) are null.
 */
public record BacktestResult(List<Trade> trades, List<EquityPoint> equity, Metrics metrics) {
  public static final int MAX_POINTS = 500;

  /** The equity marked at a candle's close. */
  public record EquityPoint(Instant time, double equity) {}

  /**
   * @param totalReturn final equity ÷ capital − 1
   * @param cagr (final ÷ capital)^(1 / years) − 1, years from the first open to the last close
   * @param sharpe mean ÷ sample standard deviation of per-candle returns × √(candles per year)
   * @param sortino mean ÷ downside deviation (√ of the mean of squared negative returns) ×
   *     √(candles per year)
   * @param maxDrawdown the largest fall from a running peak (the capital counting as the first), as
   *     a fraction
   * @param winRate trades with a positive PnL ÷ trades
   * @param profitFactor the winners' PnL ÷ the losers' (absolute)
   * @param exposure candles with a position ÷ candles
   */
  public record Metrics(
      double finalEquity,
      double totalReturn,
      Double cagr,
      Double sharpe,
      Double sortino,
      double maxDrawdown,
      Double winRate,
      Double profitFactor,
      double exposure,
      int tradeCount,
      int candles) {}

  static BacktestResult of(
      List<Bar> bars,
      Duration interval,
      double[] equity,
      List<Trade> trades,
      int exposed,
      BacktestConfig config) {
    double capital = config.capital();
    int n = equity.length;
    double[] returns = new double[n];
    double previous = capital;
    double peak = capital;
    double maxDrawdown = 0;
    for (int i = 0; i < n; i++) {
      returns[i] = equity[i] / previous - 1;
      previous = equity[i];
      peak = Math.max(peak, equity[i]);
      maxDrawdown = Math.max(maxDrawdown, 1 - equity[i] / peak);
    }
    double perYear = Duration.ofDays(365).plusHours(6).toMillis() / (double) interval.toMillis();
    double mean = 0;
    for (double r : returns) {
      mean += r / n;
    }
    double variance = 0;
    double downside = 0;
    for (double r : returns) {
      variance += (r - mean) * (r - mean) / (n - 1);
      downside += r < 0 ? r * r / n : 0;
    }
    double finalEquity = equity[n - 1];
    Instant start = bars.get(0).openTime();
    Instant end = bars.get(n - 1).openTime().plus(interval);
    double years =
        Duration.between(start, end).toMillis()
            / (double) Duration.ofDays(365).plusHours(6).toMillis();
    int wins = 0;
    double won = 0;
    double lost = 0;
    for (Trade trade : trades) {
      if (trade.pnl() > 0) {
        wins++;
        won += trade.pnl();
      } else {
        lost -= trade.pnl();
      }
    }
    Metrics metrics =
        new Metrics(
            finalEquity,
            finalEquity / capital - 1,
            finalEquity > 0 && years > 0 ? Math.pow(finalEquity / capital, 1 / years) - 1 : null,
            variance > 0 ? mean / Math.sqrt(variance) * Math.sqrt(perYear) : null,
            downside > 0 ? mean / Math.sqrt(downside) * Math.sqrt(perYear) : null,
            maxDrawdown,
            trades.isEmpty() ? null : (double) wins / trades.size(),
            lost > 0 ? won / lost : null,
            (double) exposed / n,
            trades.size(),
            n);
    return new BacktestResult(List.copyOf(trades), curve(bars, interval, equity), metrics);
  }

  private static List<EquityPoint> curve(List<Bar> bars, Duration interval, double[] equity) {
    int step = (int) Math.ceil(equity.length / (double) (MAX_POINTS - 1));
    List<EquityPoint> points = new ArrayList<>();
    for (int i = 0; i < equity.length; i += step) {
      points.add(new EquityPoint(bars.get(i).openTime().plus(interval), equity[i]));
    }
    int last = equity.length - 1;
    if (last % step != 0) {
      points.add(new EquityPoint(bars.get(last).openTime().plus(interval), equity[last]));
    }
    return points;
  }
}
