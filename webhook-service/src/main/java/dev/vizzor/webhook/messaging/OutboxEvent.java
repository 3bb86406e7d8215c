package dev.vizzor.webhook.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in the outbox. {@code eventId} becomes the CloudEvent id consumers de-duplicate
 * on; {@code payload} is the canonical JSON value; {@code key} the Kafka key.
 */
public record OutboxEvent(
    Long id,
    UUID eventId,
    String topic,
    String key,
    String type,
    String subject,
    String requestId,
    String payload,
    Instant createdAt) {}
