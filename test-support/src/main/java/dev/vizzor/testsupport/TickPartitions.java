package dev.vizzor.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.utils.Utils;

/**
 * How several replicas of a service share {@code vizzor.market.ticks}: which member of a consumer
 * group holds how many of its partitions, and symbols whose ticks land on each partition.
 */
public final class TickPartitions {
  public static final String TICKS = "vizzor.market.ticks";

  private TickPartitions() {}

  /** The members of {@code group}, each with the number of tick partitions it holds. */
  public static Map<String, Integer> heldBy(KafkaBroker broker, String group) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      ConsumerGroupDescription description =
          admin.describeConsumerGroups(List.of(group)).all().get().get(group);
      Map<String, Integer> partitions = new TreeMap<>();
      for (MemberDescription member : description.members()) {
        partitions.put(
            member.consumerId(),
            (int)
                member.assignment().topicPartitions().stream()
                    .filter(p -> p.topic().equals(TICKS))
                    .count());
      }
      return partitions;
    }
  }

  /**
   * A fresh symbol ({@code prefix} and 8 digits) for each of {@code partitions}, placed as Kafka's
   * default partitioner places a tick's key (the pair, {@code symbol + "USDT"}); in partition
   * order.
   */
  public static List<String> symbolOnEach(int partitions, String prefix) {
    Map<Integer, String> byPartition = new TreeMap<>();
    while (byPartition.size() < partitions) {
      String symbol = prefix + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
      byte[] key = (symbol + "USDT").getBytes(StandardCharsets.UTF_8);
      byPartition.putIfAbsent(Utils.toPositive(Utils.murmur2(key)) % partitions, symbol);
    }
    return List.copyOf(byPartition.values());
  }
}
