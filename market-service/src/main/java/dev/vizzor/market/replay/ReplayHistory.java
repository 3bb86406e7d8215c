package dev.vizzor.market.replay;

import static dev.vizzor.market.replay.HourlyCandles.HOUR_MS;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.SourceArguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prices, 24 h statistics and candles of the bundled assets at any instant of the replayed history.
 *
 * <p>Time convention: a candle opening at {@code T} covers {@code (T, T + 1 h]}, so at {@code T + 1
 * h} the price is that candle's close and just after it the next candle's path starts from its
 * open. A candle counts as completed, and is served, once {@code T + 1 h} ≤ now.
 *
 * <p>Missing hours (12 in the bundled data, the same in every file: Binance outages such as the
 * 2023-03-24 trading halt) have no candle: during one the price stays at the last close, as trading
 * did, and candle lists simply lack that hour, as Binance's {@code /klines} do. The 24 h window
 * counts candles, not clock hours, so across a gap it reaches back past it.
 */
final class ReplayHistory {
  static final String SOURCE = "replay";

  /** The 24 h statistics window, in candles. */
  static final int DAY = 24;

  /** Candles needed before the first replayable instant: one day plus the trailing week. */
  static final int WARM_UP = DAY * 8;

  private final Map<Asset, HourlyCandles> candles;
  private final Instant spanStart;
  private final Instant spanEnd;

  ReplayHistory(Map<Asset, HourlyCandles> candles) {
    this.candles = Map.copyOf(candles);
    Instant start = Instant.MIN;
    Instant end = Instant.MAX;
    for (HourlyCandles asset : this.candles.values()) {
      Instant warm = asset.openTime(WARM_UP - 1).plusMillis(HOUR_MS);
      Instant last = asset.openTime(asset.size() - 1).plusMillis(HOUR_MS);
      start = warm.isAfter(start) ? warm : start;
      end = last.isBefore(end) ? last : end;
    }
    this.spanStart = start;
    this.spanEnd = end;
  }

  /**
   * The first replayable instant: every asset has a week and a day of completed candles behind it,
   * so 24 h statistics and the trailing-week volume are always complete.
   */
  Instant spanStart() {
    return spanStart;
  }

  /** The end of the history: the last close that every asset has. */
  Instant spanEnd() {
    return spanEnd;
  }

  Set<Asset> assets() {
    return candles.keySet();
  }

  HourlyCandles candlesOf(Asset asset) {
    return candles.get(asset);
  }

  Optional<Quote> quote(Asset asset, Instant now) {
    HourlyCandles h = candles.get(asset);
    if (h == null) {
      return Optional.empty();
    }
    DayWindow day = dayWindow(h, now);
    return Optional.of(
        new Quote(
            asset,
            day.price(),
            day.changePercent(),
            day.high(),
            day.low(),
            day.volume(),
            now,
            SOURCE));
  }

  /** The price and 24 h statistics of one asset at {@code now}. */
  DayWindow dayWindow(HourlyCandles h, Instant now) {
    long t = now.toEpochMilli();
    long hourOfNow = Math.floorDiv(t - 1, HOUR_MS);
    long elapsed = t - hourOfNow * HOUR_MS;
    int last = lastCompleted(h, now);
    if (last < DAY - 1) {
      throw new IllegalArgumentException(now + " has less than a day of history behind it");
    }
    int current = h.indexOfHour(hourOfNow);
    BigDecimal price =
        current >= 0
            ? PricePath.priceAt(h, current, elapsed)
            : HourlyCandles.decimal(h.close(last));
    long high = Long.MIN_VALUE, low = Long.MAX_VALUE;
    BigDecimal volume = BigDecimal.ZERO;
    for (int i = last - DAY + 1; i <= last; i++) {
      high = Math.max(high, h.high(i));
      low = Math.min(low, h.low(i));
      volume = volume.add(HourlyCandles.decimal(h.volume(i)));
    }
    BigDecimal high24h = HourlyCandles.decimal(high);
    BigDecimal low24h = HourlyCandles.decimal(low);
    if (current > last) {
      // The hour in progress counts with what its path has shown so far, never its future.
      high24h = high24h.max(PricePath.highSoFar(h, current, elapsed));
      low24h = low24h.min(PricePath.lowSoFar(h, current, elapsed));
    }
    BigDecimal dayOpen = HourlyCandles.decimal(h.open(last - DAY + 1));
    BigDecimal change =
        price
            .subtract(dayOpen)
            .multiply(BigDecimal.valueOf(100))
            .divide(dayOpen, 4, RoundingMode.HALF_EVEN);
    return new DayWindow(price, change, high24h, low24h, volume, last);
  }

  /** Index of the last candle whose hour has ended by {@code now}, or -1. */
  static int lastCompleted(HourlyCandles h, Instant now) {
    return h.lastBeforeHour(Math.floorDiv(now.toEpochMilli(), HOUR_MS));
  }

  /**
   * Completed candles opening in {@code [from, to)}; intervals above 1 h are built from the hourly
   * candles of each epoch-aligned bucket (open of the first, high/low over all, close of the last,
   * volume summed) and served once the whole bucket has ended.
   */
  List<Candle> candles(Asset asset, Duration interval, Instant from, Instant to, Instant now) {
    SourceArguments.candleCount(interval, from, to);
    HourlyCandles h = candles.get(asset);
    if (h == null) {
      return List.of();
    }
    long step = interval.toMillis();
    long stepHours = interval.toHours();
    long firstBucket = Math.ceilDiv(from.toEpochMilli(), step);
    List<Candle> result = new ArrayList<>();
    int i = h.lastBeforeHour(firstBucket * stepHours) + 1;
    while (i < h.size()) {
      long bucket = Math.floorDiv(h.openHour(i), stepHours);
      if (bucket * step >= to.toEpochMilli() || (bucket + 1) * step > now.toEpochMilli()) {
        break;
      }
      int first = i;
      long high = h.high(i), low = h.low(i);
      // Summed as decimals: a day of DOGE volume overflows 8-decimal fixed point.
      BigDecimal volume = BigDecimal.ZERO;
      for (; i < h.size() && Math.floorDiv(h.openHour(i), stepHours) == bucket; i++) {
        high = Math.max(high, h.high(i));
        low = Math.min(low, h.low(i));
        volume = volume.add(HourlyCandles.decimal(h.volume(i)));
      }
      result.add(
          new Candle(
              Instant.ofEpochMilli(bucket * step),
              HourlyCandles.decimal(h.open(first)),
              HourlyCandles.decimal(high),
              HourlyCandles.decimal(low),
              HourlyCandles.decimal(h.close(i - 1)),
              volume));
    }
    return result;
  }

  /**
   * @param changePercent percent from the open of the window's first candle to {@code price}
   * @param volume base-asset volume of the 24 completed candles
   * @param lastCompleted index of the window's last candle
   */
  record DayWindow(
      BigDecimal price,
      BigDecimal changePercent,
      BigDecimal high,
      BigDecimal low,
      BigDecimal volume,
      int lastCompleted) {}
}
