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
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Moves outbox rows to Kafka. Each pass, under a lock shared by all replicas, reads the oldest
 * rows, sends them keeping each key's order (see {@link KeyOrderedSender}) and deletes those Kafka
 * acknowledged, all in one transaction. When Kafka is down the sends fail, the rows wait for a
 * later pass, and the webhook itself keeps answering. A Vert.x timer drives the passes because the
 * Quarkus scheduler cannot run more often than once a second.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final Pool pool;
  private final OutboxRepository outbox;
  private final KeyOrderedSender sender;
  private final WebhookConfig.Relay config;
  private final Vertx vertx;
  private final RelayPassGate gate = new RelayPassGate();
  private long timerId = -1;

  OutboxRelay(
      Pool pool,
      OutboxRepository outbox,
      CloudEventPublisher publisher,
      WebhookConfig config,
      Vertx vertx) {
    this.pool = pool;
    this.outbox = outbox;
    this.sender = new KeyOrderedSender(publisher::publish, config.relay().sendTimeout());
    this.config = config.relay();
    this.vertx = vertx;
  }

  void start(@Observes StartupEvent startup) {
    timerId = vertx.setPeriodic(config.interval().toMillis(), tick -> pass());
  }

  /**
   * Runs before Kafka and the database pool close (they go when the application context is
   * destroyed), so a pass in flight can still finish: its acknowledged rows get deleted rather than
   * sent again after the restart. Each key has at most one send in flight, bounded by the send
   * timeout; the margin covers the delete and commit.
   */
  void stop(@Observes ShutdownEvent shutdown) {
    vertx.cancelTimer(timerId);
    Duration wait = config.sendTimeout().plusSeconds(5);
    try {
      if (!gate.closeAndAwait(wait)) {
        LOG.warnf("an outbox pass was still running after %s; its rows will be sent again", wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void pass() {
    if (!gate.tryEnter()) {
      return;
    }
    relayOnce()
        .onTermination()
        .invoke(gate::leave)
        .subscribe()
        .with(
            published -> {
              // a full batch means more are waiting: go again now rather than at the next tick
              if (published == config.batchSize()) {
                pass();
              }
            },
            failure -> LOG.warnf("outbox pass failed: %s", failure.toString()));
  }

  /** One pass; emits how many events Kafka acknowledged (0 when another replica is relaying). */
  Uni<Integer> relayOnce() {
    return pool.withTransaction(
        connection ->
            outbox
                .claimOldest(connection, config.batchSize())
                .chain(events -> sender.send(events, gate::closed))
                .call(published -> outbox.remove(connection, published))
                .map(List::size));
  }
}
