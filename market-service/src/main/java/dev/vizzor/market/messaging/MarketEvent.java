package dev.vizzor.market.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One event this service publishes, as a binary-mode CloudEvent: {@code ce_*} headers and the JSON
 * payload as the record value, so a plain consumer reads the payload directly.
 *
 * @param id stable for the same fact, so consumers can drop a repeat
 * @param key the Kafka record key: the asset, e.g. {@code BTC/USDT}
 * @param time when the fact happened (for replayed data: the replayed instant)
 */
public record MarketEvent(UUID id, String type, String key, String json, Instant time) {
  static final URI SOURCE = URI.create("/vizzor/market-service");

  /** An id derived from the parts that identify a fact: the same parts give the same id. */
  public static UUID stableId(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
  }

  Message<String> toMessage() {
    return Message.of(json)
        .addMetadata(
            OutgoingCloudEventMetadata.builder()
                .withId(id.toString())
                .withType(type)
                .withSource(SOURCE)
                .withSubject(key)
                .withDataContentType("application/json")
                .withTimestamp(time.atZone(ZoneOffset.UTC))
                .build())
        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
  }
}
