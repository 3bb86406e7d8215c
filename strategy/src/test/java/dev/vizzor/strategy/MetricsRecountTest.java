package dev.vizzor.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.chronovisor.Bar;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure of a backtest on real candles, recomputed by this test from the trades and the
 * equity curve the backtest returned (short enough that the curve is not downsampled).
 */
class MetricsRecountTest {
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void theFiguresFollowFromTheTradesAndTheEquityCurve() {
    List<Bar> bars = BundledBtc.slice("2022-05-01T00:00:00Z", "2022-05-18T00:00:00Z");
    assertTrue(bars.size() < BacktestResult.MAX_POINTS);
    BacktestConfig config = new BacktestConfig(10_000, 10, 5, true, 1);
    for (String type : Strategies.TYPES) {
      Signals signals;
      if (type.equals("chronovisor")) {
        // the model needs a month of closed samples first: its calls over the same 17 days come
        // from a run that began in March, and every call is taken
        List<Bar> warm = BundledBtc.slice("2022-03-01T00:00:00Z", "2022-05-18T00:00:00Z");
        Signals all = Strategies.of(type, Map.of("tier", "advisory")).evaluate(warm);
        int skip = warm.size() - bars.size();
        assertEquals(bars.getFirst(), warm.get(skip));
        signals =
            new Signals(
                all.signals().subList(skip, warm.size()),
                Arrays.copyOfRange(all.scores(), skip, warm.size()));
      } else {
        signals = Strategies.of(type, Map.of()).evaluate(bars);
      }
      BacktestResult result = Backtester.run(bars, HOUR, signals, config);
      BacktestResult.Metrics m = result.metrics();
      List<Double> equity =
          result.equity().stream().map(BacktestResult.EquityPoint::equity).toList();
      assertEquals(bars.size(), equity.size(), type);
      assertTrue(m.tradeCount() > 0, type + " traded");

      double finalEquity = equity.get(equity.size() - 1);
      assertEquals(finalEquity, m.finalEquity(), 1e-9, type);
      assertEquals(finalEquity / 10_000 - 1, m.totalReturn(), 1e-12, type);
      double pnl = result.trades().stream().mapToDouble(Trade::pnl).sum();
      assertEquals(10_000 + pnl, finalEquity, 1e-6, type + ": the trades' PnL is the whole change");

      double peak = 10_000;
      double drawdown = 0;
      double previous = 10_000;
      double[] returns = new double[equity.size()];
      for (int i = 0; i < equity.size(); i++) {
        peak = Math.max(peak, equity.get(i));
        drawdown = Math.max(drawdown, (peak - equity.get(i)) / peak);
        returns[i] = equity.get(i) / previous - 1;
        previous = equity.get(i);
      }
      assertEquals(drawdown, m.maxDrawdown(), 1e-12, type);
      double mean = java.util.Arrays.stream(returns).average().orElseThrow();
      double sampleVariance =
          java.util.Arrays.stream(returns).map(r -> (r - mean) * (r - mean)).sum()
              / (returns.length - 1);
      double downside =
          java.util.Arrays.stream(returns).map(r -> r < 0 ? r * r : 0).sum() / returns.length;
      double hoursPerYear = 365.25 * 24;
      assertEquals(
          mean / Math.sqrt(sampleVariance) * Math.sqrt(hoursPerYear), m.sharpe(), 1e-9, type);
      assertEquals(mean / Math.sqrt(downside) * Math.sqrt(hoursPerYear), m.sortino(), 1e-9, type);
      double years = bars.size() / hoursPerYear;
      assertEquals(Math.pow(finalEquity / 10_000, 1 / years) - 1, m.cagr(), 1e-9, type);

      long wins = result.trades().stream().filter(t -> t.pnl() > 0).count();
      assertEquals((double) wins / result.trades().size(), m.winRate(), 1e-12, type);
      double won = result.trades().stream().filter(t -> t.pnl() > 0).mapToDouble(Trade::pnl).sum();
      double lost =
          -result.trades().stream().filter(t -> t.pnl() <= 0).mapToDouble(Trade::pnl).sum();
      if (lost > 0) {
        assertEquals(won / lost, m.profitFactor(), 1e-9, type);
      }
      long exposed = 0;
      for (Trade t : result.trades()) {
        exposed += Duration.between(t.entryTime(), t.exitTime()).toHours();
      }
      assertEquals((double) exposed / bars.size(), m.exposure(), 1e-12, type);
    }
  }
}
