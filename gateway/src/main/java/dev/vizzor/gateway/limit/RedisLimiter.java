package dev.vizzor.gateway.limit;

import dev.vizzor.common.identity.Tier;
import io.smallrye.mutiny.Uni;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the admission and lease scripts on the shared Redis: one round trip each. */
@ApplicationScoped
public class RedisLimiter {
  private final Redis redis;
  private final LimitsConfig config;
  private final LimitScript admission;
  private final LimitScript leases;

  RedisLimiter(Redis redis, LimitsConfig config) {
    this.redis = redis;
    this.config = config;
    this.admission = LimitScript.admission(config);
    this.leases = LimitScript.leases();
  }

  /** Admits or refuses {@code request}, releasing {@code released} leases in the same step. */
  public Uni<LimitDecision> admit(LimitRequest request, List<Lease> released) {
    List<String> keys = new ArrayList<>(4);
    List<String> args = new ArrayList<>(8 + released.size() * 2);
    String leaseKey = null;
    switch (request) {
      case LimitRequest.User user -> {
        Optional<java.util.UUID> ownKey = user.ownPerMinute() > 0 ? user.keyId() : Optional.empty();
        leaseKey = LimitKeys.concurrency(user.accountId());
        keys.add(LimitKeys.minute(user.accountId(), ownKey));
        keys.add(leaseKey);
        keys.add(LimitKeys.tier(user.accountId()));
        keys.add(LimitKeys.revoked(user.accountId(), user.keyId()));
        args.add("user");
        args.add(user.knownTier().wire());
        args.add(Integer.toString(user.ownPerMinute()));
        args.add(user.dailyQuota() ? "1" : "0");
        args.add(user.requestId());
        args.add(Long.toString(config.slotLease().toMillis()));
        args.add(LimitKeys.dailyPrefix(user.accountId()));
        args.add("0");
      }
      case LimitRequest.ClientIp ip -> {
        keys.add(LimitKeys.clientIp(ip.ip()));
        args.addAll(
            List.of("ip", "", "0", "0", ip.requestId(), "0", "", Integer.toString(ip.perMinute())));
      }
    }
    for (Lease lease : released) {
      args.add(lease.key());
      args.add(lease.member());
    }
    String heldIn = leaseKey;
    return run(admission, keys, args).map(reply -> decision(reply, request, heldIn));
  }

  /** Releases ({@code renew=false}) or extends the given leases. */
  public Uni<Void> leases(List<Lease> batch, boolean renew) {
    List<String> args = new ArrayList<>(2 + batch.size() * 2);
    args.add(renew ? "renew" : "release");
    args.add(Long.toString(config.slotLease().toMillis()));
    for (Lease lease : batch) {
      args.add(lease.key());
      args.add(lease.member());
    }
    return run(leases, List.of(), args).replaceWithVoid();
  }

  public Uni<Void> ping() {
    return Uni.createFrom()
        .completionStage(redis.send(Request.cmd(Command.PING)).toCompletionStage())
        .replaceWithVoid();
  }

  private Uni<Response> run(LimitScript script, List<String> keys, List<String> args) {
    return send(Command.EVALSHA, script.sha(), keys, args)
        .onFailure(failure -> String.valueOf(failure.getMessage()).startsWith("NOSCRIPT"))
        .recoverWithUni(() -> send(Command.EVAL, script.source(), keys, args));
  }

  private Uni<Response> send(Command command, String script, List<String> keys, List<String> args) {
    Request request = Request.cmd(command).arg(script).arg(keys.size());
    keys.forEach(request::arg);
    args.forEach(request::arg);
    return Uni.createFrom().completionStage(() -> redis.send(request).toCompletionStage());
  }

  private static LimitDecision decision(Response reply, LimitRequest request, String leaseKey) {
    LimitOutcome outcome = LimitOutcome.fromScript(reply.get(0).toString());
    Optional<Tier> tier = Tier.parse(reply.get(1).toString());
    List<Policy> policies = new ArrayList<>(3);
    addIfPresent(policies, Policy.MINUTE, reply, 2, 60);
    addIfPresent(policies, Policy.DAY, reply, 5, 86_400);
    if (reply.get(8).toInteger() >= 0) {
      policies.add(
          new Policy(
              Policy.CONCURRENCY,
              reply.get(8).toInteger(),
              Math.max(0, reply.get(9).toInteger()),
              -1,
              0));
    }
    Optional<Lease> lease =
        outcome == LimitOutcome.ADMITTED && request instanceof LimitRequest.User
            ? Optional.of(new Lease(leaseKey, request.requestId(), false))
            : Optional.empty();
    return new LimitDecision(outcome, tier, List.copyOf(policies), lease);
  }

  private static void addIfPresent(
      List<Policy> policies, String name, Response reply, int at, int windowSeconds) {
    int limit = reply.get(at).toInteger();
    if (limit >= 0) {
      policies.add(
          new Policy(
              name,
              limit,
              Math.max(0, reply.get(at + 1).toInteger()),
              reply.get(at + 2).toLong(),
              windowSeconds));
    }
  }
}
