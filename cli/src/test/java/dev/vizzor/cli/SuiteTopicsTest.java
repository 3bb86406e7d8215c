package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.testsupport.KafkaBroker;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/** The launcher creates DESIGN.md's topics on a real broker, and a second run changes nothing. */
class SuiteTopicsTest {
  @Test
  void everyTopicOfTheDesignExistsAfterwardsAndEnsuringTwiceIsHarmless() throws Exception {
    String bootstrap = KafkaBroker.get().bootstrapServers();
    SuiteTopics.ensure(bootstrap);
    SuiteTopics.ensure(bootstrap);
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      assertTrue(topics.contains("vizzor.predictions.emitted"), topics.toString());
      assertTrue(topics.contains("vizzor.alerts.triggered"), topics.toString());
      assertTrue(topics.contains("vizzor.agents.control"), topics.toString());
      assertTrue(topics.containsAll(SuiteTopics.TOPICS), topics.toString());
    }
  }
}
