package dev.vizzor.agent.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.domain.Moment;
import dev.vizzor.agent.service.Trading;
import dev.vizzor.common.messaging.MarketTick;
import dev.vizzor.common.messaging.Retried;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
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
      MarketTick read = MarketTick.read(json, value, record);
      tick = new Moment(read.eventId(), read.symbol(), read.price(), read.asOf(), read.source());
    } catch (Exception unreadable) {
      LOG.warnf("unreadable tick skipped (%s): %s", unreadable.getMessage(), value);
      return Uni.createFrom().voidItem();
    }
    return Retried.evaluation(
        trading.onTick(tick), "tick " + tick.eventId() + " of " + tick.symbol());
  }
}
