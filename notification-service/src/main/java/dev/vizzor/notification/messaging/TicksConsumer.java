package dev.vizzor.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.MarketTick;
import dev.vizzor.common.messaging.Retried;
import dev.vizzor.notification.domain.Tick;
import dev.vizzor.notification.service.TickAlerts;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code vizzor.market.ticks} into the price rules. One consumer group for all replicas, so
 * each tick is evaluated once; a tick that still fails after retries is logged and left, since the
 * next tick of the symbol is evaluated against the same rules.
 */
@ApplicationScoped
public class TicksConsumer {
  private static final Logger LOG = Logger.getLogger(TicksConsumer.class);

  private final ObjectMapper json;
  private final TickAlerts alerts;

  TicksConsumer(ObjectMapper json, TickAlerts alerts) {
    this.json = json;
    this.alerts = alerts;
  }

  @Incoming("market-ticks")
  public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
    Tick tick;
    try {
      MarketTick read = MarketTick.read(json, value, record);
      tick = new Tick(read.eventId(), read.symbol(), read.price(), read.asOf(), read.source());
    } catch (Exception unreadable) {
      LOG.warnf("unreadable tick skipped (%s): %s", unreadable.getMessage(), value);
      return Uni.createFrom().voidItem();
    }
    return Retried.evaluation(
        alerts.onTick(tick), "tick " + tick.eventId() + " of " + tick.symbol());
  }
}
