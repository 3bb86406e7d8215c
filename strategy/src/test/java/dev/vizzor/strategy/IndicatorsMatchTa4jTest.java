package dev.vizzor.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.CandleSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.MMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.HighPriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowPriceIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;

/**
 * Each array indicator gives ta4j's value at every index, the first candles before a full window
 * included: on the bundled real BTC candles, and on a made-up series with flat stretches and ties
 * (zero deviation, RSI with no losses or no moves, equal highs).
 */
class IndicatorsMatchTa4jTest {
  private static final Duration HOUR = Duration.ofHours(1);

  static List<List<Bar>> candles() {
    return List.of(BundledBtc.slice("2023-01-01T00:00:00Z", "2025-01-01T00:00:00Z"), flatAndTied());
  }

  @ParameterizedTest
  @MethodSource("candles")
  void averagesMatch(List<Bar> bars) {
    BarSeries series = CandleSeries.of(bars, HOUR);
    ClosePriceIndicator close = new ClosePriceIndicator(series);
    double[] closes = Columns.of(bars).close();
    for (int period : new int[] {2, 12, 48, 200}) {
      same(
          "ema " + period,
          new EMAIndicator(close, period)::getValue,
          Indicators.ema(closes, period));
      same(
          "mma " + period,
          new MMAIndicator(close, period)::getValue,
          Indicators.wilder(closes, period));
      same(
          "sma " + period,
          new SMAIndicator(close, period)::getValue,
          Indicators.sma(closes, period));
    }
  }

  @ParameterizedTest
  @MethodSource("candles")
  void oscillatorsAndRangesMatch(List<Bar> bars) {
    BarSeries series = CandleSeries.of(bars, HOUR);
    ClosePriceIndicator close = new ClosePriceIndicator(series);
    Columns columns = Columns.of(bars);
    for (int period : new int[] {2, 14, 20, 60}) {
      same(
          "sd " + period,
          new StandardDeviationIndicator(close, period)::getValue,
          Indicators.deviation(columns.close(), period));
      same(
          "rsi " + period,
          new RSIIndicator(close, period)::getValue,
          Indicators.rsi(columns.close(), period));
      same(
          "atr " + period,
          new ATRIndicator(series, period)::getValue,
          Indicators.atr(columns, period));
      same(
          "roc " + period,
          new ROCIndicator(close, period)::getValue,
          Indicators.roc(columns.close(), period));
      same(
          "highest " + period,
          new HighestValueIndicator(new HighPriceIndicator(series), period)::getValue,
          Indicators.highest(columns.high(), period));
      same(
          "lowest " + period,
          new LowestValueIndicator(new LowPriceIndicator(series), period)::getValue,
          Indicators.lowest(columns.low(), period));
    }
  }

  private interface Ta4jValues {
    org.ta4j.core.num.Num getValue(int index);
  }

  private static void same(String name, Ta4jValues ta4j, double[] ours) {
    IntToDoubleFunction expected = i -> ta4j.getValue(i).doubleValue();
    for (int i = 0; i < ours.length; i++) {
      double want = expected.applyAsDouble(i);
      assertEquals(want, ours[i], 1e-9 * Math.max(1, Math.abs(want)), name + " at " + i);
    }
  }

  /** Rises with no loss, stays flat, ties its highs and lows, then falls. */
  private static List<Bar> flatAndTied() {
    double[] closes = {
      100, 101, 102, 103, 104, 104, 104, 104, 104, 104, 104, 104, 104, 104, 104, 104, 104, 104, 104,
      104, 104, 104, 104, 104, 104, 105, 104, 105, 104, 105, 103, 101, 99, 97, 95, 95, 96, 94, 98,
      90
    };
    List<Bar> bars = new ArrayList<>();
    Instant time = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < closes.length; i++) {
      double open = i == 0 ? closes[0] : closes[i - 1];
      double high = Math.max(open, closes[i]) + (i % 3 == 0 ? 0 : 1);
      double low = Math.min(open, closes[i]) - (i % 4 == 0 ? 0 : 1);
      bars.add(new Bar(time.plus(HOUR.multipliedBy(i)), open, high, low, closes[i], 10));
    }
    return bars;
  }
}
