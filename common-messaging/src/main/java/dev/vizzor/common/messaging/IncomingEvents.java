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
    return header(record, "ce_id")
        .flatMap(
            id -> {
              try {
                return Optional.of(UUID.fromString(id));
              } catch (IllegalArgumentException notAUuid) {
                return Optional.empty();
              }
            });
  }

  /** The request the event came from, to carry on in logs and further calls. */
  public static Optional<String> requestId(IncomingKafkaRecordMetadata<?, ?> record) {
    return header(record, CloudEvents.REQUEST_ID_HEADER);
  }

  private static Optional<String> header(IncomingKafkaRecordMetadata<?, ?> record, String name) {
    Header header = record.getHeaders().lastHeader(name);
    return header == null || header.value() == null
        ? Optional.empty()
        : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }
}
