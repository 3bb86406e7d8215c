package dev.vizzor.gateway.route;

import dev.vizzor.common.error.ApiFamily;
import io.vertx.core.http.HttpMethod;
import java.util.Optional;

/**
 * One line of the route table: a path (exact, or a prefix covering its sub-paths when written with
 * {@code /**}) and optionally the only method it accepts.
 */
record RouteRule(Optional<HttpMethod> method, String path, boolean subPaths, Route route) {

  static RouteRule of(String spec, String service, boolean open, boolean gatewayServed) {
    String[] parts = spec.split(" ");
    Optional<HttpMethod> method =
        parts.length == 2 ? Optional.of(HttpMethod.valueOf(parts[0])) : Optional.empty();
    String path = parts[parts.length - 1];
    boolean subPaths = path.endsWith("/**");
    String base = subPaths ? path.substring(0, path.length() - 3) : path;
    return new RouteRule(
        method, base, subPaths, new Route(service, ApiFamily.ofPath(base), open, gatewayServed));
  }

  boolean pathMatches(String requested) {
    return requested.equals(path) || (subPaths && requested.startsWith(path + "/"));
  }

  boolean methodMatches(HttpMethod requested) {
    return method.map(m -> m.equals(requested)).orElse(true);
  }
}
