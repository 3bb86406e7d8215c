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
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain Kafka consumer over one topic, what a downstream team would see, that reads only what was
 * published after it was made: the broker is shared by every test of the JVM, so earlier tests' and
 * applications' records must not satisfy a later test. Tests still filter by key or payload, since
 * the application under test may be publishing other records meanwhile.
 */
public final class TopicReader implements AutoCloseable {
  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  public TopicReader(KafkaBroker broker, String topic) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", broker.bootstrapServers());
    properties.put("group.id", "test-" + UUID.randomUUID());
    properties.put("enable.auto.commit", "false");
    properties.put("key.deserializer", StringDeserializer.class.getName());
    properties.put("value.deserializer", StringDeserializer.class.getName());
    consumer = new KafkaConsumer<>(properties);
    broker.createTopics(topic); // a reader may come before the first record, and assigns now
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    // position() resolves the end offsets now, not at the first poll, which may come later.
    partitions.forEach(partition -> consumer.position(partition, Duration.ofSeconds(30)));
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

  /**
   * Everything that arrived so far and matches: read to the end of what the topic holds now. Used
   * after the producer has drained (its outbox is empty, its consumer caught up), to prove that
   * something was not published.
   */
  public List<ConsumerRecord<String, String>> drain(
      Predicate<ConsumerRecord<String, String>> matching) {
    var ends = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
    Instant deadline = Instant.now().plusSeconds(30);
    while (ends.entrySet().stream()
        .anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("could not read to the end of the topic in 30 s");
      }
      consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }
    return seen.stream().filter(matching).toList();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
