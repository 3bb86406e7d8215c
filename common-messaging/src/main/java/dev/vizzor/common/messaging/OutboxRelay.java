package dev.vizzor.common.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Moves outbox rows to Kafka as CloudEvents on the {@code vizzor-outbox} channel (each to its own
 * topic). Each pass, under a lock shared by all replicas, reads the oldest rows, sends them keeping
 * each key's order (see {@link KeyOrderedSender}) and deletes those Kafka acknowledged, all in one
 * transaction. When Kafka is down the sends fail, the rows wait, and passes back off up to {@code
 * max-backoff}; the service itself keeps answering. A Vert.x timer drives the passes because the
 * Quarkus scheduler cannot run more often than once a second.
 *
 * <p>The emitter's buffer is unbounded so that it never rejects part of a pass (the default holds
 * 128 messages the Kafka sink has not asked for yet). What it holds stays bounded all the same: a
 * pass hands over at most one batch and waits for it before the next.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  /** What one pass did. */
  record Pass(int claimed, int published) {}

  private final Pool pool;
  private final OutboxReader outbox;
  private final KeyOrderedSender sender;
  private final EventsConfig.Relay config;
  private final Vertx vertx;
  private final RelayPassGate gate = new RelayPassGate();
  private final RelayPace pace;
  private volatile long timerId = -1;
  private volatile boolean nudged;

  OutboxRelay(
      Pool pool,
      OutboxReader outbox,
      CloudEvents cloudEvents,
      @Channel("vizzor-outbox") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          MutinyEmitter<String> emitter,
      EventsConfig config,
      Vertx vertx) {
    this.pool = pool;
    this.outbox = outbox;
    this.sender =
        new KeyOrderedSender(
            row -> emitter.sendMessage(cloudEvents.message(row.event())),
            config.relay().sendTimeout());
    this.config = config.relay();
    this.vertx = vertx;
    this.pace =
        new RelayPace(
            config.relay().interval(), config.relay().maxBackoff(), config.relay().batchSize());
  }

  void start(@Observes StartupEvent startup) {
    if (config.enabled()) {
      schedule(config.interval());
    }
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

  /**
   * Asks for a pass now rather than at the next interval: the caller just committed rows whose
   * latency matters (an alert on its way to a WebSocket). A pass already running is followed at
   * once by another, which takes the new rows.
   */
  public void nudge() {
    if (!config.enabled()) {
      return;
    }
    nudged = true;
    vertx.runOnContext(this::pass);
  }

  private void schedule(Duration delay) {
    if (!gate.closed()) {
      long id = vertx.setTimer(Math.max(1, delay.toMillis()), tick -> passIfCurrent(tick));
      timerId = id;
    }
  }

  /**
   * A nudged pass replaces the pending timer; a timer it replaced must not start a second chain.
   */
  private void passIfCurrent(long tick) {
    if (tick == timerId) {
      pass();
    }
  }

  private void pass() {
    if (!gate.tryEnter()) {
      return;
    }
    vertx.cancelTimer(timerId);
    timerId = -1;
    nudged = false;
    relayOnce()
        .onTermination()
        .invoke(gate::leave)
        .subscribe()
        .with(
            done -> schedule(nudged ? Duration.ZERO : pace.after(done.claimed(), done.published())),
            failure -> {
              LOG.warnf("outbox pass failed: %s", failure.toString());
              schedule(pace.afterFailure());
            });
  }

  /** One pass; publishes nothing when another replica is relaying. */
  Uni<Pass> relayOnce() {
    return pool.withTransaction(
        connection ->
            outbox
                .claimOldest(connection, config.batchSize())
                .chain(
                    rows ->
                        sender
                            .send(rows, gate::closed)
                            .call(published -> outbox.remove(connection, published))
                            .map(published -> new Pass(rows.size(), published.size()))));
  }
}
