package dev.vizzor.common.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one place a CloudEvent is built: binary mode on Kafka ({@code ce_*} headers, the JSON value
 * as the record value, so a plain consumer such as kcat reads the payload directly), {@code source}
 * = {@code /vizzor/<this service>}, content type JSON, the Kafka key and topic, and {@code
 * X-Request-Id} carried as a record header. The channel must set {@code cloud-events-mode=binary}.
 */
@ApplicationScoped
public class CloudEvents {
  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  private final URI source;

  CloudEvents(@ConfigProperty(name = "quarkus.application.name") String service) {
    this.source = URI.create("/vizzor/" + service);
  }

  public Message<String> message(OutgoingEvent event) {
    RecordHeaders headers = new RecordHeaders();
    if (event.requestId() != null) {
      headers.add(REQUEST_ID_HEADER, event.requestId().getBytes(StandardCharsets.UTF_8));
    }
    return Message.of(event.json())
        .addMetadata(
            OutgoingCloudEventMetadata.builder()
                .withId(event.id().toString())
                .withType(event.type())
                .withSource(source)
                .withSubject(event.subject())
                .withDataContentType("application/json")
                .withTimestamp(event.time().atZone(ZoneOffset.UTC))
                .build())
        .addMetadata(
            OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic())
                .withKey(event.key())
                .withHeaders(headers)
                .build());
  }

  /** An id derived from the parts that identify a fact: the same parts give the same id. */
  public static UUID stableId(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
  }
}
