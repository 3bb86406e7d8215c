package dev.vizzor.notification.messaging;

import dev.vizzor.notification.config.NotificationConfig;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Starts a replica's push consumer a window's length before the newest message, so a client that
 * reconnects to a replica that just started can still resume; what was there before the start is
 * recorded, not sent. A later assignment of the same partition (the group has no committed offsets)
 * goes on after the last message read.
 */
@ApplicationScoped
@Identifier(PushWindowStart.NAME)
public class PushWindowStart implements KafkaConsumerRebalanceListener {
  static final String NAME = "push-window-start";
  private final int window;
  private final Map<Integer, Long> liveFrom = new ConcurrentHashMap<>();
  private final Map<Integer, Long> next = new ConcurrentHashMap<>();

  PushWindowStart(NotificationConfig config) {
    this.window = config.push().window();
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
    for (TopicPartition partition : partitions) {
      long end = ends.get(partition);
      liveFrom.putIfAbsent(partition.partition(), end);
      long windowStart = Math.max(beginnings.get(partition), end - window);
      consumer.seek(partition, next.getOrDefault(partition.partition(), windowStart));
    }
  }

  /** Records that the message at {@code offset} was read. */
  void read(int partition, long offset) {
    next.put(partition, offset + 1);
  }

  /** Whether the message at {@code offset} arrived after this replica started reading. */
  boolean live(int partition, long offset) {
    return offset >= liveFrom.getOrDefault(partition, 0L);
  }
}
