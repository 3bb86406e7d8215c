package dev.vizzor.market.replay;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The price inside one replayed hour: a deterministic piecewise-linear walk through the candle's
 * own four prices, one third of the hour (20 minutes) per leg. A rising candle (close ≥ open) goes
 * open → low → high → close, a falling one open → high → low → close — the usual reading of an OHLC
 * bar, where the wick against the move comes first. Every point lies between two of the candle's
 * prices, so always inside [low, high]; at the hour's end the price is exactly the close. Prices
 * are rounded half-even to the data's 8 decimals, which cannot leave that range because low and
 * high themselves have 8 decimals.
 */
final class PricePath {
  static final long LEG_MILLIS = HourlyCandles.HOUR_MS / 3;

  private PricePath() {}

  /** The candle's four waypoints in the order the path visits them. */
  static long[] waypoints(HourlyCandles candles, int i) {
    long open = candles.open(i), close = candles.close(i);
    return close >= open
        ? new long[] {open, candles.low(i), candles.high(i), close}
        : new long[] {open, candles.high(i), candles.low(i), close};
  }

  /**
   * @param elapsedMillis time since the candle opened, in (0, 1 h]
   */
  static BigDecimal priceAt(HourlyCandles candles, int i, long elapsedMillis) {
    long[] points = waypoints(candles, i);
    int leg = leg(elapsedMillis);
    long from = points[leg], to = points[leg + 1];
    BigDecimal fraction =
        BigDecimal.valueOf(elapsedMillis - leg * LEG_MILLIS)
            .divide(BigDecimal.valueOf(LEG_MILLIS), 12, RoundingMode.HALF_EVEN);
    return HourlyCandles.decimal(from)
        .add(HourlyCandles.decimal(to - from).multiply(fraction))
        .setScale(HourlyCandles.SCALE, RoundingMode.HALF_EVEN);
  }

  /** The highest price the path has reached by {@code elapsedMillis}. */
  static BigDecimal highSoFar(HourlyCandles candles, int i, long elapsedMillis) {
    long[] points = waypoints(candles, i);
    BigDecimal high = priceAt(candles, i, elapsedMillis);
    for (int p = 0; p <= leg(elapsedMillis); p++) {
      high = high.max(HourlyCandles.decimal(points[p]));
    }
    return high;
  }

  /** The lowest price the path has reached by {@code elapsedMillis}. */
  static BigDecimal lowSoFar(HourlyCandles candles, int i, long elapsedMillis) {
    long[] points = waypoints(candles, i);
    BigDecimal low = priceAt(candles, i, elapsedMillis);
    for (int p = 0; p <= leg(elapsedMillis); p++) {
      low = low.min(HourlyCandles.decimal(points[p]));
    }
    return low;
  }

  private static int leg(long elapsedMillis) {
    if (elapsedMillis <= 0 || elapsedMillis > HourlyCandles.HOUR_MS) {
      throw new IllegalArgumentException("elapsed must be in (0, 1 h], not " + elapsedMillis);
    }
    return (int) Math.min(2, elapsedMillis / LEG_MILLIS);
  }
}
