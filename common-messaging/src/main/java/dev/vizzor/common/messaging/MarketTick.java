package dev.vizzor.common.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.market.Symbols;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A {@code vizzor.market.ticks} record as its consumers read it: the event id (the CloudEvent's, or
 * the payload's {@code id}), the symbol, a positive price, its market time and source.
 */
public record MarketTick(
    UUID eventId, String symbol, BigDecimal price, Instant asOf, String source) {

  /**
   * @throws Exception for a record that is not a usable tick (the consumer logs and skips it)
   */
  public static MarketTick read(
      ObjectMapper json, String value, IncomingKafkaRecordMetadata<?, ?> record) throws Exception {
    JsonNode body = json.readTree(value);
    MarketTick tick =
        new MarketTick(
            IncomingEvents.id(record).orElseGet(() -> UUID.fromString(body.path("id").asText())),
            Symbols.normalize(body.path("symbol").asText(null)),
            body.path("price").decimalValue(),
            Instant.parse(body.path("asOf").asText()),
            body.path("source").asText(null));
    if (tick.price().signum() <= 0) {
      throw new IllegalArgumentException("price " + tick.price());
    }
    return tick;
  }
}
