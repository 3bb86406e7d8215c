package dev.vizzor.gateway.limit;

import dev.vizzor.common.identity.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fallback while Redis is unreachable: the same policies counted in this node's memory, each at
 * its limit ÷ the expected number of replicas (at least 1), so the replicas together stay near the
 * shared limit: never wide open, never refusing everything. Counts start afresh on every outage and
 * are dropped when Redis is back (its own counts are still there).
 */
@ApplicationScoped
public class LocalLimiter {
  private static final long DAY_MILLIS = 86_400_000L;

  private final LimitsConfig config;
  private final Clock clock;
  private final Map<String, ArrayDeque<Long>> minuteLogs = new HashMap<>();
  private final Map<String, Integer> dailyCounts = new HashMap<>();
  private final Map<String, Map<String, Long>> leases = new HashMap<>();

  @Inject
  LocalLimiter(LimitsConfig config) {
    this(config, Clock.systemUTC());
  }

  LocalLimiter(LimitsConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  public synchronized LimitDecision admit(LimitRequest request) {
    long now = clock.millis();
    return switch (request) {
      case LimitRequest.ClientIp ip -> admitIp(ip, now);
      case LimitRequest.User user -> admitUser(user, now);
    };
  }

  public synchronized void release(Lease lease) {
    Map<String, Long> held = leases.get(lease.key());
    if (held != null) {
      held.remove(lease.member());
    }
  }

  /** Forgets every count: called when Redis, which kept its own, is reachable again. */
  public synchronized void reset() {
    minuteLogs.clear();
    dailyCounts.clear();
    leases.clear();
  }

  private LimitDecision admitIp(LimitRequest.ClientIp ip, long now) {
    int limit = share(ip.perMinute());
    ArrayDeque<Long> log = minuteLog(LimitKeys.clientIp(ip.ip()), now);
    Policy minute = minutePolicy(log, limit, now);
    if (log.size() >= limit) {
      return new LimitDecision(
          LimitOutcome.MINUTE_EXCEEDED, Optional.empty(), List.of(minute), Optional.empty());
    }
    log.addLast(now);
    return new LimitDecision(
        LimitOutcome.ADMITTED,
        Optional.empty(),
        List.of(new Policy(Policy.MINUTE, limit, minute.remaining() - 1, minute.resetMillis(), 60)),
        Optional.empty());
  }

  private LimitDecision admitUser(LimitRequest.User user, long now) {
    Tier tier = user.knownTier();
    LimitsConfig.TierLimits limits = TierTable.limitsOf(config, tier);
    if (user.dailyQuota() && !limits.apiAccess()) {
      return new LimitDecision(
          LimitOutcome.TIER_TOO_LOW, Optional.of(tier), List.of(), Optional.empty());
    }
    Optional<java.util.UUID> ownKey = user.ownPerMinute() > 0 ? user.keyId() : Optional.empty();
    int minuteLimit = share(user.ownPerMinute() > 0 ? user.ownPerMinute() : limits.perMinute());
    ArrayDeque<Long> log = minuteLog(LimitKeys.minute(user.accountId(), ownKey), now);
    Policy minute = minutePolicy(log, minuteLimit, now);

    String dayKey = LimitKeys.dailyPrefix(user.accountId()) + (now / DAY_MILLIS);
    boolean daily = user.dailyQuota() && limits.dailyQuota().isPresent();
    int dayLimit = daily ? share(limits.dailyQuota().getAsInt()) : -1;
    int dayUsed = dailyCounts.getOrDefault(dayKey, 0);
    long dayReset = (now / DAY_MILLIS + 1) * DAY_MILLIS - now;

    String leaseKey = LimitKeys.concurrency(user.accountId());
    Map<String, Long> held = leases.computeIfAbsent(leaseKey, k -> new HashMap<>());
    held.values().removeIf(expiry -> expiry <= now);
    int concurrencyLimit = share(limits.concurrent());

    LimitOutcome outcome = LimitOutcome.ADMITTED;
    if (log.size() >= minuteLimit) {
      outcome = LimitOutcome.MINUTE_EXCEEDED;
    } else if (daily && dayUsed >= dayLimit) {
      outcome = LimitOutcome.DAILY_QUOTA_EXCEEDED;
    } else if (held.size() >= concurrencyLimit) {
      outcome = LimitOutcome.CONCURRENCY_EXCEEDED;
    }
    int admitted = outcome == LimitOutcome.ADMITTED ? 1 : 0;
    Optional<Lease> lease = Optional.empty();
    if (admitted == 1) {
      log.addLast(now);
      if (daily) {
        dailyCounts.merge(dayKey, 1, Integer::sum);
      }
      held.put(user.requestId(), now + config.slotLease().toMillis());
      lease = Optional.of(new Lease(leaseKey, user.requestId(), true));
    }
    List<Policy> policies = new ArrayList<>(3);
    policies.add(
        new Policy(
            Policy.MINUTE, minuteLimit, minute.remaining() - admitted, minute.resetMillis(), 60));
    if (daily) {
      policies.add(
          new Policy(Policy.DAY, dayLimit, dayLimit - dayUsed - admitted, dayReset, 86_400));
    }
    policies.add(
        new Policy(
            Policy.CONCURRENCY,
            concurrencyLimit,
            Math.max(0, concurrencyLimit - held.size()),
            -1,
            0));
    return new LimitDecision(outcome, Optional.of(tier), List.copyOf(policies), lease);
  }

  private int share(int limit) {
    return Math.max(1, limit / Math.max(1, config.expectedReplicas()));
  }

  private ArrayDeque<Long> minuteLog(String key, long now) {
    ArrayDeque<Long> log = minuteLogs.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!log.isEmpty() && log.peekFirst() <= now - 60_000) {
      log.pollFirst();
    }
    return log;
  }

  private static Policy minutePolicy(ArrayDeque<Long> log, int limit, long now) {
    long reset = log.isEmpty() ? 60_000 : log.peekFirst() + 60_000 - now;
    return new Policy(Policy.MINUTE, limit, Math.max(0, limit - log.size()), reset, 60);
  }
}
