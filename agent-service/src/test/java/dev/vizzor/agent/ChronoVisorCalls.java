package dev.vizzor.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.testsupport.KafkaBroker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes ChronoVisor's scheduled calls as prediction-service does (the recorded sample, keyed by
 * symbol, the CloudEvent id in {@code ce_id}).
 */
final class ChronoVisorCalls implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final KafkaProducer<String, String> producer;

  ChronoVisorCalls(KafkaBroker broker) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", broker.bootstrapServers());
    properties.put("key.serializer", StringSerializer.class.getName());
    properties.put("value.serializer", StringSerializer.class.getName());
    producer = new KafkaProducer<>(properties);
  }

  /** Publishes a 4h BTC call of this direction and tier, made at {@code at}. */
  void call(String direction, String tier, Instant at) {
    ObjectNode prediction;
    try (InputStream in =
        ChronoVisorCalls.class.getResourceAsStream("/samples/prediction-emitted-BTC-4h.json")) {
      prediction = (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    prediction
        .put("id", UUID.randomUUID().toString())
        .put("direction", direction)
        .put("tier", tier)
        .put("emittedAt", at.toString());
    ProducerRecord<String, String> record =
        new ProducerRecord<>("vizzor.predictions.emitted", "BTC", prediction.toString());
    record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    try {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("call not published", e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
