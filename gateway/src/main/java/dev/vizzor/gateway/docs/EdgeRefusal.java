package dev.vizzor.gateway.docs;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiFamily;
import dev.vizzor.common.error.Problem;
import dev.vizzor.gateway.edge.EdgeHandler;
import dev.vizzor.gateway.route.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers the gateway itself gives on a routed operation, before or instead of the service's
 * ({@link EdgeHandler}), which a service's own document cannot know about.
 */
enum EdgeRefusal {
  NO_CREDENTIAL(
      Problem.UNAUTHORIZED,
      false,
      "No credential, or one the gateway does not accept (unknown, revoked or expired)."),
  TIER_WITHOUT_API(
      Problem.TIER_TOO_LOW,
      false,
      "The account's tier has no REST API access (Free); Starter and above have it."),
  OVER_LIMIT(
      Problem.RATE_LIMITED,
      true,
      "Over a limit: requests per minute (per key, account, or client address for the signed"
          + " webhook), requests in flight, or the daily quota of /api/v1."),
  UNAVAILABLE(
      Problem.SERVICE_UNAVAILABLE,
      true,
      "The gateway cannot verify credentials right now, or the service did not answer.");

  private final Problem problem;
  private final boolean counted;
  private final String when;

  EdgeRefusal(Problem problem, boolean counted, String when) {
    this.problem = problem;
    this.counted = counted;
    this.when = when;
  }

  /**
   * What the gateway may answer on a route: a user route is refused for its credential, an API
   * route for a tier without API access; every route is limited and may find its service down. The
   * signed webhook's signature is checked by its service, whose document says so; {@code /healthz}
   * is open to anyone.
   */
  static List<EdgeRefusal> on(Route route) {
    List<EdgeRefusal> refusals = new ArrayList<>();
    if (!route.open()) {
      refusals.add(NO_CREDENTIAL);
    }
    if (route.family() == ApiFamily.VELOCITY) {
      refusals.add(TIER_WITHOUT_API);
    }
    refusals.add(OVER_LIMIT);
    refusals.add(UNAVAILABLE);
    return refusals;
  }

  int status() {
    return problem.status();
  }

  /**
   * Whether the request was counted against limits before this answer, so it carries the rate-limit
   * headers: not when refused for its credential or for a tier without API access.
   */
  boolean counted() {
    return counted;
  }

  String when() {
    return when;
  }

  /** An error as the gateway raises it, for the example body and its headers. */
  ApiError example() {
    return switch (this) {
      case OVER_LIMIT ->
          EdgeHandler.overLimit("Rate limit exceeded: 100 requests per minute", 100, 42);
      case UNAVAILABLE -> ApiError.retryable(problem, when, 5);
      default -> ApiError.of(problem, when);
    };
  }
}
