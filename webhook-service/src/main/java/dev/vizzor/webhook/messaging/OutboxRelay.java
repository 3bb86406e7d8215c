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
import java.util.ArrayList;
import java.util.List;
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
        .with(done -> {}, failure -> LOG.warnf("outbox pass failed: %s", failure.toString()));
  }

  Uni<Void> relayOnce() {
    return pool.withTransaction(
        connection ->
            outbox
                .lockOldest(connection, config.relay().batchSize())
                .chain(this::publishInOrder)
                .chain(published -> outbox.remove(connection, published)));
  }

  private Uni<List<Long>> publishInOrder(List<OutboxEvent> events) {
    List<Long> published = new ArrayList<>();
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (OutboxEvent event : events) {
      chain =
          chain.chain(
              () ->
                  publisher
                      .publish(event)
                      .ifNoItem()
                      .after(config.relay().sendTimeout())
                      .fail()
                      .invoke(() -> published.add(event.id())));
    }
    return chain
        .onFailure()
        .invoke(
            failure ->
                LOG.warnf(
                    "Kafka did not take outbox events (%d of %d sent this pass); retrying: %s",
                    published.size(), events.size(), failure.toString()))
        .onFailure()
        .recoverWithNull()
        .replaceWith(() -> published);
  }
}
