package dev.vizzor.market.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.EventSender;
import dev.vizzor.common.messaging.OutgoingEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * This service's events, ticks and pipeline stages: facts about the market, not changes to its
 * database, so they go straight to Kafka through the kit's {@link EventSender} (no outbox), keyed
 * and subject-named by the asset.
 */
@ApplicationScoped
class MarketEvents {
  /** A pass never waits longer on a broker that is away. */
  static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

  private final ObjectMapper json;
  private final CloudEvents cloudEvents;

  MarketEvents(ObjectMapper json, CloudEvents cloudEvents) {
    this.json = json;
    this.cloudEvents = cloudEvents;
  }

  EventSender sender(MutinyEmitter<String> emitter) {
    return new EventSender(emitter, cloudEvents, ACK_TIMEOUT);
  }

  /**
   * @param time when the fact happened (for replayed data: the replayed instant)
   */
  OutgoingEvent event(
      UUID id, String topic, String type, String asset, Object payload, Instant time) {
    try {
      return new OutgoingEvent(
          id, topic, asset, type, asset, time, null, json.writeValueAsString(payload));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("payload is not serialisable: " + payload, e);
    }
  }
}
