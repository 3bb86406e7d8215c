package dev.vizzor.cli;

import dev.vizzor.common.events.SuiteTopicNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates DESIGN.md's topics on the embedded broker before any service starts. A consumer that
 * starts at the newest record and subscribes before its topic exists can learn of the topic only
 * after its first records were written (the WebSocket push and the alert rules would miss the first
 * predictions of a fresh suite); a topic that exists from the start has no such gap. An external
 * Kafka's topics are its operators' to create.
 */
final class SuiteTopics {
  static final List<String> TOPICS = SuiteTopicNames.ALL;

  private SuiteTopics() {}

  /**
   * Creates the topics that do not exist yet, with the broker's default partitions (one, which
   * {@code vizzor.notifications.pushes} needs).
   */
  static void ensure(String bootstrap) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000))) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing =
          TOPICS.stream()
              .filter(topic -> !existing.contains(topic))
              .map(topic -> new NewTopic(topic, Optional.empty(), Optional.empty()))
              .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      }
    } catch (Exception failed) {
      throw new IllegalStateException(
          "could not create the suite's Kafka topics: " + failed, failed);
    }
  }
}
