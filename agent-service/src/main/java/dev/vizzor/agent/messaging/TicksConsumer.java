package dev.vizzor.agent.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.domain.Moment;
import dev.vizzor.agent.service.Trading;
import dev.vizzor.common.market.Symbols;
import dev.vizzor.common.messaging.IncomingEvents;
import dev.vizzor.common.messaging.Retried;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code vizzor.market.ticks} into the trading engine, in one consumer group for every
 * replica, so each tick is traded on once. A tick that still fails after retries is logged and
 * left: the next tick of the symbol decides again.
 */
@ApplicationScoped
public class TicksConsumer {
  private static final Logger LOG = Logger.getLogger(TicksConsumer.class);

  private final ObjectMapper json;
  private final Trading trading;

  TicksConsumer(ObjectMapper json, Trading trading) {
    this.json = json;
    this.trading = trading;
  }

  @Incoming("market-ticks")
  public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
    Moment tick;
    try {
      JsonNode body = json.readTree(value);
      UUID id =
          IncomingEvents.id(record).orElseGet(() -> UUID.fromString(body.path("id").asText()));
      tick =
          new Moment(
              id,
              Symbols.normalize(body.path("symbol").asText(null)),
              body.path("price").decimalValue(),
              Instant.parse(body.path("asOf").asText()),
              body.path("source").asText(null));
      if (tick.price().signum() <= 0) {
        throw new IllegalArgumentException("price " + tick.price());
      }
    } catch (Exception unreadable) {
      LOG.warnf("unreadable tick skipped (%s): %s", unreadable.getMessage(), value);
      return Uni.createFrom().voidItem();
    }
    return Retried.evaluation(
        trading.onTick(tick), "tick " + tick.eventId() + " of " + tick.symbol());
  }
}
