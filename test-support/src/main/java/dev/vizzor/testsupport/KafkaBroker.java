package dev.vizzor.testsupport;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * One real KRaft Kafka node (broker and controller combined) running in this JVM, shared by all
 * tests of the JVM. Tests that prove behaviour during an outage stop and restart its broker; the
 * listener keeps its port, so clients reconnect to the same address.
 */
public final class KafkaBroker {
  private static KafkaBroker instance;

  private final KafkaClusterTestKit cluster;

  private KafkaBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  public static synchronized KafkaBroker get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static KafkaBroker start() {
    keepKafkaFromEndingTheJvm();
    try {
      TestKitNodes nodes =
          new TestKitNodes.Builder()
              .setCombined(true)
              .setNumBrokerNodes(1)
              .setNumControllerNodes(1)
              .build();
      KafkaClusterTestKit cluster =
          new KafkaClusterTestKit.Builder(nodes)
              // one node: internal topics cannot have the default three replicas
              .setConfigProp("offsets.topic.replication.factor", "1")
              .setConfigProp("transaction.state.log.replication.factor", "1")
              .setConfigProp("transaction.state.log.min.isr", "1")
              .setConfigProp("auto.create.topics.enable", "true")
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      KafkaBroker broker = new KafkaBroker(cluster);
      Runtime.getRuntime().addShutdownHook(new Thread(broker::closeQuietly));
      return broker;
    } catch (Exception e) {
      throw new IllegalStateException("the in-process Kafka broker did not start", e);
    }
  }

  /**
   * Kafka's fatal paths call {@link Exit}, which halts the JVM. In-process, a halt while the broker
   * shuts down at JVM exit turned green test runs red (surefire saw exit code 1 after every test
   * had passed). The call is printed instead, so a fault during a test still shows in its output.
   */
  private static void keepKafkaFromEndingTheJvm() {
    Exit.Procedure report =
        (code, message) ->
            System.err.printf(
                "in-process Kafka asked the JVM to stop (code %d): %s; ignored in tests%n",
                code, message);
    Exit.setExitProcedure(report);
    Exit.setHaltProcedure(report);
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** Creates the topics that do not exist yet; one a producer creates meanwhile is fine too. */
  public void createTopics(String... topics) {
    create(java.util.Arrays.stream(topics).map(t -> new NewTopic(t, 1, (short) 1)).toList());
  }

  /**
   * Creates {@code topic} with {@code partitions} partitions unless it exists, for tests where
   * consumers in one group split the partitions as they do in production.
   */
  public void createTopic(String topic, int partitions) {
    create(List.of(new NewTopic(topic, partitions, (short) 1)));
  }

  private void create(List<NewTopic> wanted) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
      var existing = admin.listTopics().names().get();
      admin
          .createTopics(wanted.stream().filter(t -> !existing.contains(t.name())).toList())
          .all()
          .get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
        throw new IllegalStateException("could not create topics", e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted creating topics", e);
    }
  }

  /** Stops the broker process inside the node; the controller and the data stay. */
  public void stopBroker() {
    cluster.brokers().values().forEach(b -> b.shutdown());
  }

  public void startBroker() {
    cluster.brokers().values().forEach(b -> b.startup());
    try {
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      throw new IllegalStateException("the broker did not come back", e);
    }
  }

  private void closeQuietly() {
    try {
      cluster.close();
    } catch (Exception ignored) {
      // the JVM is exiting
    }
  }
}
