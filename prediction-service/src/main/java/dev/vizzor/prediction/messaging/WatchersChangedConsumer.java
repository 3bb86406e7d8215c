package dev.vizzor.prediction.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.IncomingEvents;
import dev.vizzor.prediction.domain.Watcher;
import dev.vizzor.prediction.service.Watchers;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code vizzor.watchers.changed} into the pipeline's watchers. A change is acknowledged once
 * it is stored (and its series' first signal computed); on failure it is retried, then sent to the
 * dead-letter topic. A change the pipeline cannot use at all (not JSON, a missing field, a symbol
 * that is not {@code BASE/USDT}) is logged and acknowledged: no retry would make it usable.
 */
@ApplicationScoped
public class WatchersChangedConsumer {
  private static final Logger LOG = Logger.getLogger(WatchersChangedConsumer.class);

  private final ObjectMapper json;
  private final Watchers watchers;

  WatchersChangedConsumer(ObjectMapper json, Watchers watchers) {
    this.json = json;
    this.watchers = watchers;
  }

  @Incoming("watchers-changed")
  public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
    Watcher watcher;
    try {
      WatcherChange change = json.readValue(value, WatcherChange.class);
      String missing = change.missing();
      if (missing != null) {
        LOG.warnf("watcher change without %s ignored: %s", missing, value);
        return Uni.createFrom().voidItem();
      }
      watcher = change.watcher(IncomingEvents.id(record).orElse(change.eventId()));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      LOG.warnf("unusable watcher change ignored (%s): %s", e.getMessage(), value);
      return Uni.createFrom().voidItem();
    }
    return watchers
        .record(watcher)
        .onFailure()
        .retry()
        .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
        .atMost(5);
  }
}
