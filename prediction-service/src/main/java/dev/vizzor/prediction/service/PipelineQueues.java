package dev.vizzor.prediction.service;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The watched-symbol pipeline's queues as seed 002's {@code /healthz} names them, read from Kafka:
 * each stage's input topic and the consumer group that works it. Depth is the group's lag (the
 * records not yet committed, summed over partitions; all of them for a group that committed
 * nothing); processing is whether the group has a live member.
 */
@ApplicationScoped
public class PipelineQueues {
  /** A stage's input: the topic and the group that consumes it. */
  record Stage(String queue, String topic, String group) {}

  /** A queue's state now. */
  public record Queue(String topic, String group, long depth, boolean processing) {}

  static final List<Stage> STAGES =
      List.of(
          new Stage("ingest_indicators", "vizzor.watchers.changed", "market-service"),
          new Stage(
              "compute_signals",
              "vizzor.pipeline.ingest-indicators",
              "prediction-service-compute-signals"),
          new Stage(
              "compute_winrate",
              "vizzor.pipeline.compute-signals",
              "prediction-service-compute-winrate"));

  private static final long TIMEOUT_SECONDS = 5;

  private final String bootstrapServers;
  private volatile Admin admin;

  PipelineQueues(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** Each queue by its seed name; blocks on Kafka for at most a few seconds per question. */
  public Map<String, Queue> read() throws Exception {
    Map<String, Queue> queues = new LinkedHashMap<>();
    for (Stage stage : STAGES) {
      queues.put(stage.queue(), read(stage));
    }
    return queues;
  }

  private Queue read(Stage stage) throws Exception {
    Admin kafka = admin();
    TopicDescription topic =
        kafka
            .describeTopics(List.of(stage.topic()))
            .allTopicNames()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .get(stage.topic());
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
    topic
        .partitions()
        .forEach(
            p -> {
              TopicPartition partition = new TopicPartition(stage.topic(), p.partition());
              latest.put(partition, OffsetSpec.latest());
              earliest.put(partition, OffsetSpec.earliest());
            });
    var ends = kafka.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    var starts = kafka.listOffsets(earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetAndMetadata> committed =
        kafka
            .listConsumerGroupOffsets(stage.group())
            .partitionsToOffsetAndMetadata()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    long depth = 0;
    for (TopicPartition partition : latest.keySet()) {
      OffsetAndMetadata done = committed.get(partition);
      long from = done != null ? done.offset() : starts.get(partition).offset();
      depth += Math.max(0, ends.get(partition).offset() - from);
    }
    return new Queue(stage.topic(), stage.group(), depth, hasMembers(kafka, stage.group()));
  }

  private static boolean hasMembers(Admin kafka, String group) throws Exception {
    try {
      ConsumerGroupDescription description =
          kafka
              .describeConsumerGroups(List.of(group))
              .describedGroups()
              .get(group)
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return !description.members().isEmpty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return false;
      }
      throw e;
    }
  }

  private Admin admin() {
    if (admin == null) {
      synchronized (this) {
        if (admin == null) {
          Properties properties = new Properties();
          properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
          properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
          properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
          properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "prediction-service-queues");
          admin = Admin.create(properties);
        }
      }
    }
    return admin;
  }

  void close(@Observes ShutdownEvent shutdown) {
    if (admin != null) {
      admin.close(Duration.ofSeconds(2));
    }
  }
}
