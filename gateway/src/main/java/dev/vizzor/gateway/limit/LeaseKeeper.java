package dev.vizzor.gateway.limit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jboss.logging.Logger;

/**
 * Holds this node's Redis concurrency leases. A finished request's lease is queued and released by
 * the next admission step (same round trip) or, when traffic pauses, by a timer a few milliseconds
 * later; open streams have their leases renewed before they expire, and a crashed node's leases
 * simply expire.
 */
@ApplicationScoped
public class LeaseKeeper {
  private static final Logger LOG = Logger.getLogger(LeaseKeeper.class);
  private static final long FLUSH_EVERY_MS = 20;
  private static final int BATCH = 500;

  private final Set<Lease> held = ConcurrentHashMap.newKeySet();
  private final Queue<Lease> finished = new ConcurrentLinkedQueue<>();
  private final Vertx vertx;
  private final RedisLimiter redis;
  private final RedisState state;
  private final LimitsConfig config;
  private long flushTimer;
  private long renewTimer;

  LeaseKeeper(Vertx vertx, RedisLimiter redis, RedisState state, LimitsConfig config) {
    this.vertx = vertx;
    this.redis = redis;
    this.state = state;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    flushTimer = vertx.setPeriodic(FLUSH_EVERY_MS, id -> flush());
    renewTimer = vertx.setPeriodic(config.slotLease().toMillis() / 3, id -> renew());
  }

  void stop(@Observes ShutdownEvent event) {
    vertx.cancelTimer(flushTimer);
    vertx.cancelTimer(renewTimer);
  }

  public void holding(Lease lease) {
    held.add(lease);
  }

  public void finished(Lease lease) {
    if (held.remove(lease)) {
      finished.add(lease);
    }
  }

  /** Takes queued releases so an admission step can carry them. */
  public List<Lease> drain() {
    List<Lease> batch = new ArrayList<>();
    Lease lease;
    while (batch.size() < BATCH && (lease = finished.poll()) != null) {
      batch.add(lease);
    }
    return batch;
  }

  /** Puts back releases whose carrying step failed; ZREM is idempotent, so repeating is safe. */
  public void requeue(List<Lease> batch) {
    finished.addAll(batch);
  }

  private void flush() {
    if (finished.isEmpty() || !state.shared()) {
      return;
    }
    List<Lease> batch = drain();
    redis
        .leases(batch, false)
        .ifNoItem()
        .after(config.redisTimeout())
        .fail()
        .subscribe()
        .with(
            ok -> {},
            failure -> {
              requeue(batch);
              state.failed(failure);
            });
  }

  private void renew() {
    if (held.isEmpty() || !state.shared()) {
      return;
    }
    List<Lease> all = new ArrayList<>(held);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<Lease> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      redis
          .leases(List.copyOf(batch), true)
          .subscribe()
          .with(
              ok -> {},
              failure -> LOG.warnf("could not renew %d leases: %s", batch.size(), failure));
    }
  }
}
