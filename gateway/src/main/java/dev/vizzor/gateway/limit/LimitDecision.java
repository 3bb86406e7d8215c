package dev.vizzor.gateway.limit;

import dev.vizzor.common.identity.Tier;
import java.util.List;
import java.util.Optional;

/**
 * The result of one admission step: the outcome, the tier it was decided for (Redis may know a
 * newer tier than this node), every policy counted, and the lease to release when admitted.
 */
public record LimitDecision(
    LimitOutcome outcome, Optional<Tier> tier, List<Policy> policies, Optional<Lease> lease) {

  public boolean admitted() {
    return outcome == LimitOutcome.ADMITTED;
  }

  /** The policy that refused the request, if a limit did. */
  public Optional<Policy> limiting() {
    String name =
        switch (outcome) {
          case MINUTE_EXCEEDED -> Policy.MINUTE;
          case DAILY_QUOTA_EXCEEDED -> Policy.DAY;
          case CONCURRENCY_EXCEEDED -> Policy.CONCURRENCY;
          default -> null;
        };
    return policies.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Seconds until a rejected request could succeed: when its limiting window frees a unit (at least
   * 1; a concurrency slot has no known time, so 1).
   */
  public long retryAfterSeconds() {
    return limiting().map(p -> Math.max(1, (p.resetMillis() + 999) / 1000)).orElse(1L);
  }

  /** The policy the classic {@code X-RateLimit-*} headers describe: the fewest units left. */
  public Optional<Policy> tightest() {
    return policies.stream()
        .filter(Policy::timed)
        .min(
            (a, b) ->
                a.remaining() != b.remaining()
                    ? Integer.compare(a.remaining(), b.remaining())
                    : Integer.compare(a.windowSeconds(), b.windowSeconds()));
  }
}
