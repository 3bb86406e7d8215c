package dev.vizzor.market.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * One OHLCV bar. The interval is the one asked for; {@code volume} is in the base asset. Candles
 * carry no source of their own: a list of them comes from one {@code MarketSource}, whose {@code
 * name()} says where they came from.
 */
public record Candle(
    Instant openTime,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    BigDecimal volume) {

  /**
   * When the last completed candle of {@code interval} before {@code now} closed: intervals are
   * aligned to the UTC epoch, as Binance's are.
   */
  public static Instant lastClose(Instant now, Duration interval) {
    long millis = interval.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
  }
}
