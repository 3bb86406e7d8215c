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

  private static double ema(List<Candle> candles, int period) {
    double alpha = 2.0 / (period + 1);
    double ema = candles.getFirst().close().doubleValue();
    for (Candle candle : candles.subList(1, candles.size())) {
      ema += alpha * (candle.close().doubleValue() - ema);
    }
    return ema;
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
    List<Candle> candles = rising(200);
    IndicatorValues values = IndicatorCalculator.at(candles, HOUR);

    assertEquals(ema(candles, 12), values.ema12().doubleValue(), 1e-6);
    assertEquals(ema(candles, 26), values.ema26().doubleValue(), 1e-6);
    // on a line, EMA(n) settles (n - 1) / 2 below the close: MACD → 12.5 - 5.5 = 7
    assertEquals(7.0, values.macd().doubleValue(), 0.01);
    assertNumber(values.macd().subtract(values.macdSignal()), values.macdHistogram());
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
