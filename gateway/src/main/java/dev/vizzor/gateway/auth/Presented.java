package dev.vizzor.gateway.auth;

/**
 * The credential a request carries, as found in its headers (or, for a WebSocket upgrade, the
 * ticket in its query), before any check of its value.
 */
public sealed interface Presented {
  record ApiKey(String value) implements Presented {}

  record VelocityKey(String value) implements Presented {}

  record Jwt(String value) implements Presented {}

  /** A single-use WebSocket ticket ({@link WsTickets}), only ever taken from an upgrade's query. */
  record Ticket(String value) implements Presented {}

  /** Nothing at all: 401 on every route that needs a user. */
  record Missing() implements Presented {}

  /** Something unusable (empty, wrong scheme, two at once, oversized); {@code why} is for logs. */
  record Unusable(String why) implements Presented {}
}
