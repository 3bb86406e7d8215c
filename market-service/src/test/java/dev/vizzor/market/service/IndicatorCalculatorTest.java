package dev.vizzor.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.IndicatorValues;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant START = Instant.parse("2023-06-01T00:00:00Z");

  /** Closes 1, 2, … n; each candle spans close ± 1 and opens half a unit below its close. */
  private static List<Candle> rising(int n) {
    return candles(n, i -> BigDecimal.valueOf(i + 1));
  }

  private static List<Candle> candles(int n, IntFunction<BigDecimal> close) {
    List<Candle> candles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BigDecimal c = close.apply(i);
      candles.add(
          new Candle(
              START.plus(HOUR.multipliedBy(i)),
              c.subtract(new BigDecimal("0.5")),
              c.add(BigDecimal.ONE),
              c.subtract(BigDecimal.ONE),
              c,
              BigDecimal.TEN));
    }
    return candles;
  }

  /** The EMA recursion at every index, seeded with the first value: e_0 = x_0. */
  private static double[] ema(double[] x, int period) {
    double alpha = 2.0 / (period + 1);
    double[] e = new double[x.length];
    e[0] = x[0];
    for (int i = 1; i < x.length; i++) {
      e[i] = e[i - 1] + alpha * (x[i] - e[i - 1]);
    }
    return e;
  }

  private static double[] closes(List<Candle> candles) {
    return candles.stream().mapToDouble(candle -> candle.close().doubleValue()).toArray();
  }

  private static void assertNumber(String expected, BigDecimal actual) {
    assertNumber(new BigDecimal(expected), actual);
  }

  private static void assertNumber(BigDecimal expected, BigDecimal actual) {
    assertEquals(0, expected.compareTo(actual), () -> "expected " + expected + ", was " + actual);
  }

  @Test
  void movingAveragesOfAStraightLineAreTheMeansOfItsLastCloses() {
    IndicatorValues values = IndicatorCalculator.at(rising(60), HOUR);

    assertNumber("50.5", values.sma20()); // mean of 41..60
    assertNumber("35.5", values.sma50()); // mean of 11..60
    assertNumber("50.5", values.bollingerMiddle());
  }

  @Test
  void aSeriesWithoutLossesHasRsi100() {
    assertNumber("100", IndicatorCalculator.at(rising(60), HOUR).rsi14());
  }

  @Test
  void trueRangeOfCandlesTwoUnitsHighWithNoGapsIsTwo() {
    assertNumber("2", IndicatorCalculator.at(rising(60), HOUR).atr14());
  }

  @Test
  void emasAndMacdFollowTheRecursionSeededWithTheFirstClose() {
    List<Candle> candles = candles(200, i -> BigDecimal.valueOf(100 + 10 * Math.sin(i / 7.0)));
    IndicatorValues values = IndicatorCalculator.at(candles, HOUR);
    double[] ema12 = ema(closes(candles), 12);
    double[] ema26 = ema(closes(candles), 26);
    double[] macd = new double[ema12.length];
    for (int i = 0; i < macd.length; i++) {
      macd[i] = ema12[i] - ema26[i];
    }
    double[] signal = ema(macd, 9); // the signal line: EMA(9) of the MACD series
    int last = candles.size() - 1;

    assertEquals(ema12[last], values.ema12().doubleValue(), 1e-6);
    assertEquals(ema26[last], values.ema26().doubleValue(), 1e-6);
    assertEquals(macd[last], values.macd().doubleValue(), 1e-6);
    assertEquals(signal[last], values.macdSignal().doubleValue(), 1e-6);
    assertEquals(macd[last] - signal[last], values.macdHistogram().doubleValue(), 1e-6);
  }

  @Test
  void onAStraightLineMacdSettlesAtTheGapBetweenItsEmas() {
    // on a line rising 1 per step, EMA(n) settles (n - 1) / 2 below the close: 12.5 - 5.5 = 7
    assertEquals(7.0, IndicatorCalculator.at(rising(200), HOUR).macd().doubleValue(), 0.01);
  }

  @Test
  void bollingerBandsLieTwoStandardDeviationsOfTheLast20ClosesAroundTheirMean() {
    IndicatorValues values = IndicatorCalculator.at(rising(60), HOUR);
    // closes 41..60: population variance (20² − 1) / 12 = 33.25
    double band = 2 * Math.sqrt(33.25);

    assertEquals(50.5 + band, values.bollingerUpper().doubleValue(), 1e-6);
    assertEquals(50.5 - band, values.bollingerLower().doubleValue(), 1e-6);
  }

  @Test
  void indicatorsNeedingMoreCandlesThanThereAreAreLeftOut() {
    IndicatorValues values = IndicatorCalculator.at(rising(25), HOUR);

    assertNumber("15.5", values.sma20());
    assertNotNull(values.ema12());
    assertNull(values.sma50());
    assertNull(values.ema26());
    assertNull(values.macd());
    assertNull(values.macdSignal());
  }

  @Test
  void rsiOfAlternatingEqualMovesIsNearFifty() {
    List<Candle> zigzag = candles(200, i -> BigDecimal.valueOf(100 + (i % 2)));

    assertEquals(50.0, IndicatorCalculator.at(zigzag, HOUR).rsi14().doubleValue(), 2.0);
  }
}
