package dev.vizzor.common.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event to publish (DESIGN.md, "Events"): the CloudEvent {@code id} consumers de-duplicate on,
 * its {@code type}, {@code subject} and {@code time}; the Kafka topic and key; the request it came
 * from ({@code X-Request-Id}, may be null); and the canonical JSON value.
 */
public record OutgoingEvent(
    UUID id,
    String topic,
    String key,
    String type,
    String subject,
    Instant time,
    String requestId,
    String json) {

  public OutgoingEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(json, "json");
  }
}
