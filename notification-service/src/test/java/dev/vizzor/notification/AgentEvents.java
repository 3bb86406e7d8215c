package dev.vizzor.notification;

import com.fasterxml.jackson.databind.DeserializationFeature;
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
 * Publishes agents' decisions and trades as agent-service does: keyed by agent, the CloudEvent id
 * (the resource's id) in the {@code ce_id} header.
 */
final class AgentEvents implements AutoCloseable {
  static final String DECISIONS = "vizzor.agents.decisions";
  static final String TRADES = "vizzor.agents.trades";

  /** Numbers as recorded: the samples' money figures have more digits than a double. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final KafkaProducer<String, String> producer;

  AgentEvents(KafkaBroker broker) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", broker.bootstrapServers());
    properties.put("key.serializer", StringSerializer.class.getName());
    properties.put("value.serializer", StringSerializer.class.getName());
    producer = new KafkaProducer<>(properties);
  }

  /** The recorded sample ({@code trade} or {@code decision}) of a fresh id for {@code owner}. */
  static ObjectNode sample(String kind, UUID owner, String symbol) {
    try (InputStream in =
        AgentEvents.class.getResourceAsStream("/samples/agent-" + kind + ".json")) {
      ObjectNode resource = (ObjectNode) JSON.readTree(in);
      return resource
          .put("id", UUID.randomUUID().toString())
          .put("accountId", owner.toString())
          .put("symbol", symbol);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Publishes the resource; its id is the event id and the message id clients see. */
  UUID publish(String topic, ObjectNode resource) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(topic, resource.get("agentId").asText(), resource.toString());
    record.headers().add("ce_id", resource.get("id").asText().getBytes(StandardCharsets.UTF_8));
    try {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("agent event not published", e);
    }
    return UUID.fromString(resource.get("id").asText());
  }

  @Override
  public void close() {
    producer.close();
  }
}
