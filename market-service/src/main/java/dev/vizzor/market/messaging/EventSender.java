package dev.vizzor.market.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import java.time.Duration;

/**
 * Sends {@link MarketEvent}s on one channel and completes when Kafka acknowledged them, or fails
 * after {@link #ACK_TIMEOUT}: a pass never waits on a broker that is away.
 */
final class EventSender {
  static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

  private final MutinyEmitter<String> emitter;
  private final ObjectMapper json;

  EventSender(MutinyEmitter<String> emitter, ObjectMapper json) {
    this.emitter = emitter;
    this.json = json;
  }

  String json(Object payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("payload is not serialisable: " + payload, e);
    }
  }

  Uni<Void> send(MarketEvent event) {
    return emitter.sendMessage(event.toMessage()).ifNoItem().after(ACK_TIMEOUT).fail();
  }
}
