package dev.vizzor.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain Kafka consumer over one topic, read from the beginning: what a downstream team would see.
 * Tests filter by key or payload since the broker is shared.
 */
public final class TopicReader implements AutoCloseable {
  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  public TopicReader(KafkaBroker broker, String topic) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", broker.bootstrapServers());
    properties.put("group.id", "test-" + UUID.randomUUID());
    properties.put("auto.offset.reset", "earliest");
    properties.put("enable.auto.commit", "false");
    properties.put("key.deserializer", StringDeserializer.class.getName());
    properties.put("value.deserializer", StringDeserializer.class.getName());
    consumer = new KafkaConsumer<>(properties);
    consumer.subscribe(List.of(topic));
  }

  /** Polls until {@code count} records match, or fails after {@code timeout}. */
  public List<ConsumerRecord<String, String>> await(
      Predicate<ConsumerRecord<String, String>> matching, int count, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      List<ConsumerRecord<String, String>> matched = seen.stream().filter(matching).toList();
      if (matched.size() >= count) {
        return matched;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "expected " + count + " matching records, saw " + matched.size() + " in " + timeout);
      }
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }
  }

  /** Everything that arrived matching within {@code window}; for proving that nothing did. */
  public List<ConsumerRecord<String, String>> collect(
      Predicate<ConsumerRecord<String, String>> matching, Duration window) {
    Instant deadline = Instant.now().plus(window);
    while (Instant.now().isBefore(deadline)) {
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }
    return seen.stream().filter(matching).toList();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
