package dev.vizzor.gateway.limit;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Whether the shared limits are in use. The first failed or slow Redis step switches the node to
 * its local counters; from then on a probe pings Redis on a timer and switches back when it
 * answers, so requests never wait on a dead Redis and recovery needs no restart.
 */
@ApplicationScoped
public class RedisState {
  private static final Logger LOG = Logger.getLogger(RedisState.class);

  private final AtomicBoolean shared = new AtomicBoolean(true);
  private final Vertx vertx;
  private final RedisLimiter redis;
  private final LocalLimiter local;
  private final LimitsConfig config;
  private volatile long probeTimer = -1;

  RedisState(Vertx vertx, RedisLimiter redis, LocalLimiter local, LimitsConfig config) {
    this.vertx = vertx;
    this.redis = redis;
    this.local = local;
    this.config = config;
  }

  public boolean shared() {
    return shared.get();
  }

  public void failed(Throwable cause) {
    if (shared.compareAndSet(true, false)) {
      LOG.warnf(
          "Redis unreachable (%s); limiting per node at limit / %d until it answers again",
          cause.toString(), config.expectedReplicas());
      local.reset();
      probeTimer = vertx.setPeriodic(config.redisProbeInterval().toMillis(), id -> probe());
    }
  }

  private void probe() {
    redis
        .ping()
        .ifNoItem()
        .after(config.redisTimeout())
        .fail()
        .subscribe()
        .with(
            ok -> {
              if (shared.compareAndSet(false, true)) {
                vertx.cancelTimer(probeTimer);
                LOG.info("Redis answers again; shared limits are back");
              }
            },
            failure -> LOG.debugf("Redis still unreachable: %s", failure));
  }

  void stop(@Observes ShutdownEvent event) {
    if (probeTimer >= 0) {
      vertx.cancelTimer(probeTimer);
    }
  }
}
