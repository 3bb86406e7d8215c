package dev.vizzor.gateway.route;

import io.vertx.core.http.HttpMethod;
import java.util.List;

/** DESIGN.md's route table, stated once. The first rule whose path matches decides. */
public final class RouteTable {
  /** Where a browser gets a single-use ticket for {@code /ws}; the gateway answers it. */
  public static final String WS_TICKET = "/v1/notifications/ws-ticket";

  private static final List<RouteRule> RULES =
      List.of(
          user("/v1/chat", "orchestrator"),
          user("/v1/chat/thread", "orchestrator"),
          user("/v1/conversations/**", "orchestrator"),
          user("POST /chat", "orchestrator"),
          user("GET /chat/audio/**", "orchestrator"),
          open("GET /healthz", "orchestrator"),
          user("/v1/market/ml-health", "prediction"),
          user("/v1/market/price/**", "market"),
          user("/v1/market/prices", "market"),
          user("/v1/market/trending", "market"),
          user("/v1/market/fear-greed", "market"),
          user("/v1/market/trenches", "market"),
          user("POST /trends", "market"),
          user("POST /scan", "market"),
          user("POST /track", "market"),
          user("POST /audit", "market"),
          user("/v1/chronovisor/**", "prediction"),
          user("POST /predict", "prediction"),
          user("POST /v1/backtest", "prediction"),
          gateway("POST " + WS_TICKET, "notification"),
          user("/v1/notifications/**", "notification"),
          user("GET /ws", "notification"),
          user("/v1/agents/**", "agent"),
          user("/v1/portfolio/**", "agent"),
          user("/v1/polymarket/**", "agent"),
          user("GET /api/v1/trends", "market"),
          user("GET /api/v1/pulse", "market"),
          open("POST /functions/v1/watchers-upsert", "webhook"));

  private RouteTable() {}

  private static RouteRule user(String spec, String service) {
    return RouteRule.of(spec, service, false, false);
  }

  private static RouteRule open(String spec, String service) {
    return RouteRule.of(spec, service, true, false);
  }

  /** A user route the gateway answers itself, listed in {@code service}'s section. */
  private static RouteRule gateway(String spec, String service) {
    return RouteRule.of(spec, service, false, true);
  }

  /** What a request path is routed to, or why not. */
  public sealed interface Match {
    record Found(Route route) implements Match {}

    record WrongMethod(String allowed) implements Match {}

    record NoRoute() implements Match {}
  }

  public static Match match(HttpMethod method, String path) {
    for (RouteRule rule : RULES) {
      if (rule.pathMatches(path)) {
        if (rule.methodMatches(method)) {
          return new Match.Found(rule.route());
        }
        return new Match.WrongMethod(rule.method().map(HttpMethod::name).orElse(""));
      }
    }
    return new Match.NoRoute();
  }

  /** Every service a route leads to, for {@code /health} and {@code /docs}. */
  public static List<String> services() {
    return RULES.stream()
        .map(RouteRule::route)
        .filter(route -> !route.gatewayServed())
        .map(Route::service)
        .distinct()
        .toList();
  }
}
