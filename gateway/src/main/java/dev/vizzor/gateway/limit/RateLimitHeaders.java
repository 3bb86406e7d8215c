package dev.vizzor.gateway.limit;

import io.vertx.core.MultiMap;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes the limit headers: classic {@code X-RateLimit-Limit/Remaining/Reset} (Reset in Unix
 * seconds) for the tightest timed policy, and the IETF draft {@code RateLimit-Policy} / {@code
 * RateLimit} structured fields listing every policy counted.
 */
public final class RateLimitHeaders {
  public static final String LIMIT = "X-RateLimit-Limit";
  public static final String REMAINING = "X-RateLimit-Remaining";
  public static final String RESET = "X-RateLimit-Reset";
  public static final String POLICY = "RateLimit-Policy";
  public static final String STATE = "RateLimit";
  public static final List<String> ALL = List.of(LIMIT, REMAINING, RESET, POLICY, STATE);

  private RateLimitHeaders() {}

  public static void apply(MultiMap headers, LimitDecision decision, long nowMillis) {
    decision
        .tightest()
        .ifPresent(
            tightest -> {
              headers.set(LIMIT, Integer.toString(tightest.limit()));
              headers.set(REMAINING, Integer.toString(tightest.remaining()));
              headers.set(RESET, Long.toString((nowMillis + tightest.resetMillis() + 999) / 1000));
            });
    if (decision.policies().isEmpty()) {
      return;
    }
    // Plain appends: this runs on every request, where String.format's parsing shows.
    StringJoiner policies = new StringJoiner(", ");
    StringJoiner states = new StringJoiner(", ");
    for (Policy policy : decision.policies()) {
      String name = '"' + policy.name() + '"';
      if (policy.timed()) {
        policies.add(name + ";q=" + policy.limit() + ";w=" + policy.windowSeconds());
        states.add(name + ";r=" + policy.remaining() + ";t=" + (policy.resetMillis() + 999) / 1000);
      } else {
        policies.add(name + ";q=" + policy.limit() + ";qu=\"concurrent-requests\"");
        states.add(name + ";r=" + policy.remaining());
      }
    }
    headers.set(POLICY, policies.toString());
    headers.set(STATE, states.toString());
  }
}
