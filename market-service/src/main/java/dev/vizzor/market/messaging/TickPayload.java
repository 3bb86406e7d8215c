package dev.vizzor.market.messaging;

import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.market.domain.Quote;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The value of a {@code vizzor.market.ticks} record: a quote, as the price endpoint shows it. */
public record TickPayload(
    UUID id,
    String symbol,
    String pair,
    BigDecimal price,
    BigDecimal change24hPercent,
    BigDecimal high24h,
    BigDecimal low24h,
    BigDecimal volume24h,
    Instant asOf,
    String source) {
  static final String TOPIC = "vizzor.market.ticks";
  static final String TYPE = "dev.vizzor.market.tick.v1";

  static TickPayload of(Quote quote) {
    return new TickPayload(
        CloudEvents.stableId(
            "tick", quote.asset().toString(), quote.asOf().toString(), quote.price().toString()),
        quote.asset().base(),
        quote.asset().pair(),
        quote.price(),
        quote.change24hPercent(),
        quote.high24h(),
        quote.low24h(),
        quote.volume24h(),
        quote.asOf(),
        quote.source());
  }
}
