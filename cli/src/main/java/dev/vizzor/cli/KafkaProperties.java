package dev.vizzor.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** server.properties for a single-node KRaft broker that is also its own controller. */
public final class KafkaProperties {
  private KafkaProperties() {}

  public static Map<String, String> singleNode(int brokerPort, int controllerPort, Path logDir) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("process.roles", "broker,controller");
    props.put("node.id", "1");
    // A static voter set: the controller's address comes from this file on every start, so a
    // different free controller port next time does not invalidate the formatted log.
    props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    props.put(
        "listeners",
        "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    props.put("controller.listener.names", "CONTROLLER");
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("log.dirs", logDir.toAbsolutePath().toString());
    props.put("num.partitions", "1");
    // One broker: every internal topic must be satisfiable with one replica.
    props.put("offsets.topic.replication.factor", "1");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("auto.create.topics.enable", "true");
    // Consumers of a fresh suite should not sit out the default 3 s rebalance delay.
    props.put("group.initial.rebalance.delay.ms", "0");
    return props;
  }

  public static String render(Map<String, String> props) {
    StringBuilder text = new StringBuilder("# written by vizzor api start; rewritten each start\n");
    props.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    return text.toString();
  }
}
