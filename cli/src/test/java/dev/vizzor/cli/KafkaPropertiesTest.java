package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaPropertiesTest {

  @Test
  void singleNodeBrokerAndController() throws Exception {
    Properties props = new Properties();
    props.load(
        new StringReader(
            KafkaProperties.render(
                KafkaProperties.singleNode(9092, 40000, Path.of("/repo/.vizzor/kafka/data")))));
    assertEquals("broker,controller", props.getProperty("process.roles"));
    assertEquals("1", props.getProperty("node.id"));
    assertEquals("1@127.0.0.1:40000", props.getProperty("controller.quorum.voters"));
    assertEquals(
        "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:40000", props.getProperty("listeners"));
    assertEquals("PLAINTEXT://127.0.0.1:9092", props.getProperty("advertised.listeners"));
    assertEquals("/repo/.vizzor/kafka/data", props.getProperty("log.dirs"));
    assertEquals("1", props.getProperty("offsets.topic.replication.factor"));
    assertEquals("1", props.getProperty("transaction.state.log.replication.factor"));
    assertEquals("1", props.getProperty("transaction.state.log.min.isr"));
    assertEquals("true", props.getProperty("auto.create.topics.enable"));
  }

  @Test
  void clusterIdLooksLikeKafkas() {
    for (int i = 0; i < 100; i++) {
      String id = ClusterId.random();
      assertEquals(22, id.length());
      assertFalse(id.startsWith("-"));
      assertTrue(id.matches("[A-Za-z0-9_-]+"));
    }
  }
}
