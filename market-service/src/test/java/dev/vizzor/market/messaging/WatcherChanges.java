package dev.vizzor.market.messaging;

import dev.vizzor.testsupport.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes {@code vizzor.watchers.changed} records shaped as webhook-service publishes them
 * (docs/asyncapi.yaml): binary CloudEvent headers, key = symbol, snake_case JSON value.
 */
final class WatcherChanges implements AutoCloseable {
  private final KafkaProducer<String, String> producer;

  WatcherChanges(KafkaBroker broker) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", broker.bootstrapServers());
    properties.put("key.serializer", StringSerializer.class.getName());
    properties.put("value.serializer", StringSerializer.class.getName());
    producer = new KafkaProducer<>(properties);
  }

  static long newWatcherId() {
    return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
  }

  /** A change of watcher {@code id}; {@code deleted} also makes it inactive, as a DELETE does. */
  void send(long id, String symbol, boolean active, boolean deleted, Instant changedAt)
      throws Exception {
    UUID eventId = UUID.randomUUID();
    String operation = deleted ? "DELETE" : "UPDATE";
    String value =
        """
        {"event_id":"%s","operation":"%s","id":%d,"user_id":"%s","symbol":"%s","timeframe":"1h",\
        "strategy":null,"active":%s,"deleted":%s,"changed_at":"%s"}"""
            .formatted(
                eventId, operation, id, UUID.randomUUID(), symbol, active, deleted, changedAt);
    sendRaw(symbol, eventId.toString(), value);
  }

  void sendRaw(String key, String eventId, String value) throws Exception {
    ProducerRecord<String, String> record =
        new ProducerRecord<>("vizzor.watchers.changed", key, value);
    header(record, "ce_specversion", "1.0");
    header(record, "ce_id", eventId);
    header(record, "ce_type", "dev.vizzor.watchers.changed.v1");
    header(record, "ce_source", "/vizzor/webhook-service");
    header(record, "content-type", "application/json");
    producer.send(record).get();
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    producer.close();
  }
}
