package dev.vizzor.gateway.limit;

import io.vertx.core.MultiMap;
import java.util.StringJoiner;

/**
 * Writes the limit headers: classic {@code X-RateLimit-Limit/Remaining/Reset} (Reset in Unix
 * seconds) for the tightest timed policy, and the IETF draft {@code RateLimit-Policy} / {@code
 * RateLimit} structured fields listing every policy counted.
 */
public final class RateLimitHeaders {
  private RateLimitHeaders() {}

  public static void apply(MultiMap headers, LimitDecision decision, long nowMillis) {
    decision
        .tightest()
        .ifPresent(
            tightest -> {
              headers.set("X-RateLimit-Limit", Integer.toString(tightest.limit()));
              headers.set("X-RateLimit-Remaining", Integer.toString(tightest.remaining()));
              headers.set(
                  "X-RateLimit-Reset",
                  Long.toString((nowMillis + tightest.resetMillis() + 999) / 1000));
            });
    if (decision.policies().isEmpty()) {
      return;
    }
    StringJoiner policies = new StringJoiner(", ");
    StringJoiner states = new StringJoiner(", ");
    for (Policy policy : decision.policies()) {
      if (policy.timed()) {
        policies.add(
            "\"%s\";q=%d;w=%d".formatted(policy.name(), policy.limit(), policy.windowSeconds()));
        states.add(
            "\"%s\";r=%d;t=%d"
                .formatted(policy.name(), policy.remaining(), (policy.resetMillis() + 999) / 1000));
      } else {
        policies.add(
            "\"%s\";q=%d;qu=\"concurrent-requests\"".formatted(policy.name(), policy.limit()));
        states.add("\"%s\";r=%d".formatted(policy.name(), policy.remaining()));
      }
    }
    headers.set("RateLimit-Policy", policies.toString());
    headers.set("RateLimit", states.toString());
  }
}
