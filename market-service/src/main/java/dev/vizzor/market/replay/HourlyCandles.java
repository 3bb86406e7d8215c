package dev.vizzor.market.replay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

/**
 * One asset's bundled 1 h candles as primitive arrays, oldest first: open times in epoch hours and
 * prices and volumes as fixed-point longs with {@value #SCALE} decimals, the CSV's own precision,
 * so every number reads back exactly as the CSV has it.
 */
final class HourlyCandles {
  static final int SCALE = 8;
  static final long HOUR_MS = 3_600_000L;

  private final long[] openHours;
  private final long[] open;
  private final long[] high;
  private final long[] low;
  private final long[] close;
  private final long[] volume;

  HourlyCandles(
      long[] openHours, long[] open, long[] high, long[] low, long[] close, long[] volume) {
    this.openHours = openHours;
    this.open = open;
    this.high = high;
    this.low = low;
    this.close = close;
    this.volume = volume;
  }

  int size() {
    return openHours.length;
  }

  long openHour(int i) {
    return openHours[i];
  }

  Instant openTime(int i) {
    return Instant.ofEpochMilli(openHours[i] * HOUR_MS);
  }

  long open(int i) {
    return open[i];
  }

  long high(int i) {
    return high[i];
  }

  long low(int i) {
    return low[i];
  }

  long close(int i) {
    return close[i];
  }

  long volume(int i) {
    return volume[i];
  }

  /** Index of the candle opening at {@code hour}, or -1 when that hour is missing. */
  int indexOfHour(long hour) {
    int i = Arrays.binarySearch(openHours, hour);
    return i >= 0 ? i : -1;
  }

  /** Index of the last candle opening before {@code hour}, or -1 when there is none. */
  int lastBeforeHour(long hour) {
    int i = Arrays.binarySearch(openHours, hour);
    return (i >= 0 ? i : -i - 1) - 1;
  }

  static BigDecimal decimal(long fixedPoint) {
    return BigDecimal.valueOf(fixedPoint, SCALE);
  }
}
