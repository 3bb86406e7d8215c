package dev.vizzor.gateway.limit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The one entry point for limits: the shared Redis step while Redis answers, this node's own
 * counters while it does not. Leases are given back through here whichever side granted them.
 */
@ApplicationScoped
public class EdgeLimiter {
  private final RedisLimiter redis;
  private final LocalLimiter local;
  private final RedisState state;
  private final LeaseKeeper leases;
  private final LimitsConfig config;

  EdgeLimiter(
      RedisLimiter redis,
      LocalLimiter local,
      RedisState state,
      LeaseKeeper leases,
      LimitsConfig config) {
    this.redis = redis;
    this.local = local;
    this.state = state;
    this.leases = leases;
    this.config = config;
  }

  public Uni<LimitDecision> admit(LimitRequest request) {
    if (!state.shared()) {
      return Uni.createFrom().item(() -> local.admit(request));
    }
    List<Lease> released = leases.drain();
    return redis
        .admit(request, released)
        .ifNoItem()
        .after(config.redisTimeout())
        .fail()
        .invoke(decision -> decision.lease().ifPresent(leases::holding))
        .onFailure()
        .recoverWithItem(
            failure -> {
              leases.requeue(released);
              state.failed(failure);
              return local.admit(request);
            });
  }

  public void release(Lease lease) {
    if (lease.local()) {
      local.release(lease);
    } else {
      leases.finished(lease);
    }
  }

  public boolean shared() {
    return state.shared();
  }
}
