package dev.vizzor.webhook.messaging;

import dev.vizzor.webhook.config.WebhookConfig;
import dev.vizzor.webhook.repository.OutboxRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Moves outbox rows to Kafka. Each pass locks the oldest rows, publishes them one by one in id
 * order, and deletes those Kafka acknowledged. When Kafka is down the first send fails, the rest of
 * the pass is left for the next one, and the webhook itself keeps answering. A Vert.x timer drives
 * the passes because the Quarkus scheduler cannot run more often than once a second.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final Pool pool;
  private final OutboxRepository outbox;
  private final CloudEventPublisher publisher;
  private final WebhookConfig config;
  private final Vertx vertx;
  private final AtomicBoolean passRunning = new AtomicBoolean();
  private long timerId = -1;

  OutboxRelay(
      Pool pool,
      OutboxRepository outbox,
      CloudEventPublisher publisher,
      WebhookConfig config,
      Vertx vertx) {
    this.pool = pool;
    this.outbox = outbox;
    this.publisher = publisher;
    this.config = config;
    this.vertx = vertx;
  }

  void start(@Observes StartupEvent startup) {
    timerId = vertx.setPeriodic(config.relay().interval().toMillis(), tick -> pass());
  }

  void stop(@Observes ShutdownEvent shutdown) {
    vertx.cancelTimer(timerId);
  }

  private void pass() {
    if (!passRunning.compareAndSet(false, true)) {
      return;
    }
    relayOnce()
        .onTermination()
        .invoke(() -> passRunning.set(false))
        .subscribe()
        .with(
            published -> {
              // a full batch means more are waiting: go again now rather than at the next tick
              if (published == config.relay().batchSize()) {
                pass();
              }
            },
            failure -> LOG.warnf("outbox pass failed: %s", failure.toString()));
  }

  /** One pass; emits how many events Kafka acknowledged. */
  Uni<Integer> relayOnce() {
    return pool.withTransaction(
        connection ->
            outbox
                .lockOldest(connection, config.relay().batchSize())
                .chain(this::publishAll)
                .call(published -> outbox.remove(connection, published))
                .map(List::size));
  }

  /**
   * Hands the whole batch to the producer at once, in id order, and waits for every ack: the
   * idempotent producer keeps each partition's order while the sends share round trips. Only
   * acknowledged events are removed; the rest stay for the next pass.
   */
  private Uni<List<Long>> publishAll(List<OutboxEvent> events) {
    if (events.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    List<Uni<Long>> sends =
        events.stream()
            .map(
                event ->
                    publisher
                        .publish(event)
                        .ifNoItem()
                        .after(config.relay().sendTimeout())
                        .fail()
                        .replaceWith(event.id())
                        .onFailure()
                        .recoverWithItem((Long) null))
            .toList();
    return Uni.join()
        .all(sends)
        .andFailFast()
        .map(
            ids -> {
              List<Long> published = ids.stream().filter(Objects::nonNull).toList();
              if (published.size() < events.size()) {
                LOG.warnf(
                    "Kafka took %d of %d outbox events; the rest stay for the next pass",
                    published.size(), events.size());
              }
              return published;
            });
  }
}
