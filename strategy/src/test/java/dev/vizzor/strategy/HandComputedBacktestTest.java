package dev.vizzor.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.chronovisor.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Five candles whose every figure is worked out by hand in the comments. */
class HandComputedBacktestTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant T0 = Instant.parse("2023-01-01T00:00:00Z");

  /** Candles given as {open, close}; high and low span them. */
  static List<Bar> bars(double[]... openClose) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < openClose.length; i++) {
      double o = openClose[i][0];
      double c = openClose[i][1];
      bars.add(new Bar(T0.plus(HOUR.multipliedBy(i)), o, Math.max(o, c), Math.min(o, c), c, 1));
    }
    return bars;
  }

  static Signals signals(Signal... signals) {
    return new Signals(List.of(signals), new double[signals.length]);
  }

  @Test
  void aLongBoughtAtTheNextOpenAndSoldAtTheOpenAfterTheExitSignal() {
    List<Bar> bars =
        bars(
            new double[] {100, 100},
            new double[] {100, 110},
            new double[] {110, 121},
            new double[] {121, 110},
            new double[] {110, 100});
    BacktestConfig config = new BacktestConfig(1000, 10, 0, false, 1);

    BacktestResult result =
        Backtester.run(
            bars,
            HOUR,
            signals(Signal.LONG, Signal.LONG, Signal.FLAT, Signal.FLAT, Signal.FLAT),
            config);

    // bought at candle 1's open: 1000 / (100 × 1.001) units, the fee inside the 1000
    double units = 1000 / 100.1;
    assertEquals(1, result.trades().size());
    Trade trade = result.trades().get(0);
    assertEquals(T0.plus(HOUR), trade.entryTime());
    assertEquals(100, trade.entryPrice(), 1e-12);
    assertEquals(T0.plus(HOUR.multipliedBy(3)), trade.exitTime());
    assertEquals(121, trade.exitPrice(), 1e-12);
    assertEquals(units, trade.quantity(), 1e-12);
    assertEquals(units * 100 * 0.001 + units * 121 * 0.001, trade.fees(), 1e-9);
    assertEquals(units * 21 - trade.fees(), trade.pnl(), 1e-9);
    // equity at each close: 1000, units × 110, units × 121, then the sale's cash twice
    double cash = units * 121 * 0.999;
    List<Double> curve = result.equity().stream().map(BacktestResult.EquityPoint::equity).toList();
    assertEquals(List.of(1000.0, units * 110, units * 121, cash, cash).size(), curve.size());
    assertEquals(1000, curve.get(0), 1e-9);
    assertEquals(units * 110, curve.get(1), 1e-9);
    assertEquals(units * 121, curve.get(2), 1e-9);
    assertEquals(cash, curve.get(3), 1e-9);
    assertEquals(cash, curve.get(4), 1e-9);

    BacktestResult.Metrics m = result.metrics();
    assertEquals(cash / 1000 - 1, m.totalReturn(), 1e-12);
    // the only fall from a peak is the exit fee: 1 − 0.999
    assertEquals(0.001, m.maxDrawdown(), 1e-12);
    assertEquals(1.0, m.winRate());
    assertNull(m.profitFactor(), "no losing trade");
    assertEquals(2 / 5.0, m.exposure(), 1e-12);
    assertEquals(1, m.tradeCount());
  }

  @Test
  void aShortProfitsFromAFallAndIsClosedAtTheEndWithSlippageAgainstIt() {
    List<Bar> bars = bars(new double[] {100, 100}, new double[] {100, 90}, new double[] {90, 80});
    BacktestConfig config = new BacktestConfig(1000, 0, 100, true, 0.5);

    BacktestResult result =
        Backtester.run(bars, HOUR, signals(Signal.SHORT, Signal.SHORT, Signal.SHORT), config);

    // sold 500 / 99 units at 100 × 0.99 = 99; bought back at the last close 80 × 1.01 = 80.8
    Trade trade = result.trades().get(0);
    assertEquals("short", trade.side());
    assertEquals(99, trade.entryPrice(), 1e-12);
    assertEquals(80.8, trade.exitPrice(), 1e-12);
    assertTrue(trade.closedAtEnd());
    assertEquals(T0.plus(HOUR.multipliedBy(3)), trade.exitTime());
    assertEquals(500 / 99.0 * (99 - 80.8), trade.pnl(), 1e-9);
    assertEquals(1000 + 500 / 99.0 * (99 - 80.8), result.metrics().finalEquity(), 1e-9);
  }

  @Test
  void shortsAreFlatWhenNotAllowedAndBuyAndHoldPaysBothSides() {
    List<Bar> bars = bars(new double[] {100, 100}, new double[] {100, 90}, new double[] {90, 120});
    BacktestConfig config = new BacktestConfig(1000, 10, 10, false, 1);
    assertEquals(
        0,
        Backtester.run(bars, HOUR, signals(Signal.SHORT, Signal.SHORT, Signal.SHORT), config)
            .trades()
            .size());

    BacktestResult hold = Backtester.buyAndHold(bars, HOUR, config);
    // bought at 100 × 1.001 with the fee inside 1000; sold at 120 × 0.999 less 0.1 %
    double units = 1000 / (100 * 1.001 * 1.001);
    assertEquals(units * 120 * 0.999 * 0.999, hold.metrics().finalEquity(), 1e-9);
    assertEquals(1.0, hold.metrics().exposure());
  }
}
