package dev.vizzor.market.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The argument rules every market source applies, so replay and live refuse the same calls. Candle
 * intervals are Binance's hour multiples up to a day; replay builds them from the bundled 1 h
 * candles, aligned to the UTC epoch like Binance's (4 h candles open at 00:00, 04:00, …).
 */
public final class SourceArguments {
  private static final Map<Duration, String> BINANCE_INTERVALS =
      Map.of(
          Duration.ofHours(1), "1h",
          Duration.ofHours(2), "2h",
          Duration.ofHours(4), "4h",
          Duration.ofHours(6), "6h",
          Duration.ofHours(8), "8h",
          Duration.ofHours(12), "12h",
          Duration.ofDays(1), "1d");

  /** Most candles one call returns (Binance's own limit per request). */
  public static final int MAX_CANDLES = 1000;

  /** Most days of Fear & Greed history one call returns. */
  public static final int MAX_FEAR_GREED_DAYS = 1000;

  private SourceArguments() {}

  /**
   * How many candles of {@code interval} the window {@code [from, to)} can hold.
   *
   * @throws InvalidArgumentException for an unsupported interval, an empty or reversed window, or
   *     more than {@link #MAX_CANDLES}
   */
  public static int candleCount(Duration interval, Instant from, Instant to) {
    binanceInterval(interval);
    if (from == null || to == null || !from.isBefore(to)) {
      throw new InvalidArgumentException("from must be before to");
    }
    long step = interval.toMillis();
    long count = (Duration.between(from, to).toMillis() + step - 1) / step;
    if (count > MAX_CANDLES) {
      throw new InvalidArgumentException(
          "window holds " + count + " candles, more than " + MAX_CANDLES);
    }
    return (int) count;
  }

  /** Binance's name of a supported interval, e.g. {@code 4h}. */
  public static String binanceInterval(Duration interval) {
    String name = interval == null ? null : BINANCE_INTERVALS.get(interval);
    if (name == null) {
      throw new InvalidArgumentException(
          "interval must be 1h, 2h, 4h, 6h, 8h, 12h or 1d, not " + interval);
    }
    return name;
  }

  /**
   * @throws InvalidArgumentException unless 0 ≤ days ≤ {@link #MAX_FEAR_GREED_DAYS}
   */
  public static int fearGreedDays(int days) {
    if (days < 0 || days > MAX_FEAR_GREED_DAYS) {
      throw new InvalidArgumentException("days must be 0-" + MAX_FEAR_GREED_DAYS + ", not " + days);
    }
    return days;
  }

  /**
   * @throws InvalidArgumentException for a null, zero or negative age
   */
  public static Duration maxAge(Duration maxAge) {
    if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
      throw new InvalidArgumentException("maxAge must be positive, not " + maxAge);
    }
    return maxAge;
  }
}
