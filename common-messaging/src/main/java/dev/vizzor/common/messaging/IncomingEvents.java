package dev.vizzor.common.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.header.Header;

/** What a consumer reads off a received CloudEvent's Kafka record besides its value. */
public final class IncomingEvents {
  private IncomingEvents() {}

  /** The CloudEvent id ({@code ce_id}) when it is a UUID, as every Vizzor producer writes it. */
  public static Optional<UUID> id(IncomingKafkaRecordMetadata<?, ?> record) {
    Header header = record.getHeaders().lastHeader("ce_id");
    if (header == null || header.value() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(new String(header.value(), StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }
}
