package dev.vizzor.gateway.auth;

/**
 * The credential a request carries, as found in its headers (or, for a browser's WebSocket upgrade,
 * its query), before any check of its value.
 */
public sealed interface Presented {
  record ApiKey(String value) implements Presented {}

  record VelocityKey(String value) implements Presented {}

  record Jwt(String value) implements Presented {}

  /** Nothing at all: 401 on every route that needs a user. */
  record Missing() implements Presented {}

  /** Something unusable (empty, wrong scheme, two at once, oversized); {@code why} is for logs. */
  record Unusable(String why) implements Presented {}
}
