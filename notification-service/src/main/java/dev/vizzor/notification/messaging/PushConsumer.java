package dev.vizzor.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.notification.domain.Push;
import dev.vizzor.notification.service.Connections;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code vizzor.notifications.pushes}, read by every replica in a consumer group of its own, so
 * each replica's clients get every message whichever replica decided it. The messages before the
 * replica started only refill its resume window ({@link PushWindowStart}).
 */
@ApplicationScoped
public class PushConsumer {
  private static final Logger LOG = Logger.getLogger(PushConsumer.class);

  private final ObjectMapper json;
  private final Connections connections;
  private final PushWindowStart start;

  PushConsumer(
      ObjectMapper json,
      Connections connections,
      @Identifier(PushWindowStart.NAME) PushWindowStart start) {
    this.json = json;
    this.connections = connections;
    this.start = start;
  }

  @Incoming("pushes")
  public void consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
    start.read(record.getPartition(), record.getOffset());
    Push push;
    try {
      push = json.readValue(value, Push.class);
    } catch (Exception unreadable) {
      LOG.warnf("unreadable push skipped (%s): %s", unreadable.getMessage(), value);
      return;
    }
    connections.publish(
        record.getOffset(), push, start.live(record.getPartition(), record.getOffset()));
  }
}
