package dev.vizzor.webhook.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Sends an outbox event as a binary-mode CloudEvent ({@code ce_*} headers, JSON value) and
 * completes when Kafka acknowledged it.
 *
 * <p>The emitter's buffer is unbounded so that it never rejects part of a relay pass (the default
 * holds 128 messages the Kafka sink has not asked for yet). What it holds stays bounded all the
 * same: the relay hands over at most one batch and waits for it before the next.
 */
@ApplicationScoped
public class CloudEventPublisher {
  static final URI SOURCE = URI.create("/vizzor/webhook-service");

  private final MutinyEmitter<String> emitter;

  CloudEventPublisher(
      @Channel("watchers-changed") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          MutinyEmitter<String> emitter) {
    this.emitter = emitter;
  }

  public Uni<Void> publish(OutboxEvent event) {
    RecordHeaders headers = new RecordHeaders();
    if (event.requestId() != null) {
      headers.add("X-Request-Id", event.requestId().getBytes(StandardCharsets.UTF_8));
    }
    Message<String> message =
        Message.of(event.payload())
            .addMetadata(
                OutgoingCloudEventMetadata.builder()
                    .withId(event.eventId().toString())
                    .withType(event.type())
                    .withSource(SOURCE)
                    .withSubject(event.subject())
                    .withDataContentType("application/json")
                    .withTimestamp(event.createdAt().atZone(ZoneOffset.UTC))
                    .build())
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withTopic(event.topic())
                    .withKey(event.key())
                    .withHeaders(headers)
                    .build());
    return emitter.sendMessage(message);
  }
}
