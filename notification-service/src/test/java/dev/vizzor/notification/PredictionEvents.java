package dev.vizzor.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.testsupport.KafkaBroker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes predictions as prediction-service does: keyed by symbol, the CloudEvent id in the
 * {@code ce_id} header.
 */
final class PredictionEvents implements AutoCloseable {
  static final String EMITTED = "vizzor.predictions.emitted";
  static final String RESOLVED = "vizzor.predictions.resolved";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KafkaProducer<String, String> producer;

  PredictionEvents(KafkaBroker broker) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", broker.bootstrapServers());
    properties.put("key.serializer", StringSerializer.class.getName());
    properties.put("value.serializer", StringSerializer.class.getName());
    producer = new KafkaProducer<>(properties);
  }

  /**
   * A scheduled emission as prediction-service publishes it (its recorded sample), with a fresh id
   * and the given symbol and tier.
   */
  static ObjectNode scheduled(String symbol, String tier) {
    try (InputStream in =
        PredictionEvents.class.getResourceAsStream("/samples/prediction-emitted-BTC-4h.json")) {
      ObjectNode prediction = (ObjectNode) JSON.readTree(in);
      return prediction
          .put("id", UUID.randomUUID().toString())
          .put("symbol", symbol)
          .put("tier", tier);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Publishes an emission; its event id, returned, is the message id WebSocket clients see. */
  UUID emit(ObjectNode prediction) {
    UUID event = UUID.randomUUID();
    publish(EMITTED, event, prediction);
    return event;
  }

  void publish(String topic, UUID eventId, JsonNode prediction) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(topic, prediction.get("symbol").asText(), prediction.toString());
    record.headers().add("ce_id", eventId.toString().getBytes(StandardCharsets.UTF_8));
    try {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("prediction not published", e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
