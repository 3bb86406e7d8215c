package dev.vizzor.prediction;

import dev.vizzor.testsupport.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes what the pipeline consumes as its producers write it: webhook-service's watcher changes
 * and market-service's {@code ingest-indicators} stage (binary CloudEvents, {@code ce_id} header,
 * key = the pair).
 */
final class PipelineFeed implements AutoCloseable {
  private final KafkaProducer<String, String> producer;

  PipelineFeed(KafkaBroker broker) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", broker.bootstrapServers());
    properties.put("key.serializer", StringSerializer.class.getName());
    properties.put("value.serializer", StringSerializer.class.getName());
    producer = new KafkaProducer<>(properties);
  }

  /** A watcher change; {@code strategyJson} is the JSON of the row's strategy column. */
  void watcher(
      long id,
      String userId,
      String timeframe,
      String strategyJson,
      boolean active,
      boolean deleted,
      Instant changedAt) {
    UUID eventId = UUID.randomUUID();
    String value =
        "{\"event_id\":\""
            + eventId
            + "\",\"operation\":\""
            + (deleted ? "DELETE" : "UPSERT")
            + "\",\"id\":"
            + id
            + ",\"user_id\":\""
            + userId
            + "\",\"symbol\":\"BTC/USDT\",\"timeframe\":\""
            + timeframe
            + "\",\"strategy\":"
            + strategyJson
            + ",\"active\":"
            + active
            + ",\"deleted\":"
            + deleted
            + ",\"changed_at\":\""
            + changedAt
            + "\"}";
    send("vizzor.watchers.changed", eventId, value);
  }

  /** The ingest stage of BTC for the hourly candle closing at {@code close}; its id is stable. */
  UUID ingest(Instant close) {
    UUID eventId =
        UUID.nameUUIDFromBytes(
            ("ingest-indicators|BTC/USDT|1h|" + close).getBytes(StandardCharsets.UTF_8));
    String value =
        "{\"id\":\""
            + eventId
            + "\",\"symbol\":\"BTC\",\"pair\":\"BTCUSDT\",\"interval\":\"1h\",\"from\":\""
            + close.minusSeconds(200 * 3600)
            + "\",\"to\":\""
            + close
            + "\",\"candleCount\":200,\"lastClose\":27000.5,\"price\":27001.5,\"asOf\":\""
            + close.plusSeconds(5)
            + "\",\"indicators\":{},\"source\":\"replay\"}";
    send("vizzor.pipeline.ingest-indicators", eventId, value);
    return eventId;
  }

  private void send(String topic, UUID eventId, String value) {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, "BTC/USDT", value);
    record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
    record.headers().add("ce_id", eventId.toString().getBytes(StandardCharsets.UTF_8));
    try {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("not published to " + topic, e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
