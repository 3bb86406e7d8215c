package dev.vizzor.gateway.auth;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Locale;

/**
 * Finds the one credential of a request. Exactly one of {@code X-API-Key} or {@code Authorization:
 * Bearer} may be present; browsers, which cannot set headers on a WebSocket upgrade, put a ticket
 * ({@link WsTickets}) in the {@code ticket} query parameter of that upgrade instead. A key or token
 * in a query is no credential: it would live on in logs and history, a ticket is spent at once.
 */
public final class CredentialExtractor {
  public static final String API_KEY_HEADER = "X-API-Key";
  public static final String TICKET_PARAMETER = "ticket";
  static final int MAX_CREDENTIAL_CHARS = 4096;

  private CredentialExtractor() {}

  public static Presented extract(HttpServerRequest request) {
    List<String> apiKeys = request.headers().getAll(API_KEY_HEADER);
    List<String> authorizations = request.headers().getAll(HttpHeaders.AUTHORIZATION);
    List<String> tickets = upgrade(request) ? request.params().getAll(TICKET_PARAMETER) : List.of();
    int present = apiKeys.size() + authorizations.size() + tickets.size();
    if (present == 0) {
      return new Presented.Missing();
    }
    if (present > 1) {
      return new Presented.Unusable("more than one credential");
    }
    if (!apiKeys.isEmpty()) {
      return apiKey(apiKeys.get(0));
    }
    if (!tickets.isEmpty()) {
      // Its shape is checked where it is redeemed, before any lookup.
      return new Presented.Ticket(tickets.get(0));
    }
    return authorization(authorizations.get(0));
  }

  private static Presented apiKey(String value) {
    String key = value.strip();
    if (key.isEmpty()) {
      return new Presented.Unusable("empty X-API-Key");
    }
    if (key.length() > MAX_CREDENTIAL_CHARS) {
      return new Presented.Unusable("oversized credential");
    }
    return new Presented.ApiKey(key);
  }

  private static Presented authorization(String value) {
    int space = value.indexOf(' ');
    if (space < 0) {
      return new Presented.Unusable("Authorization without a scheme");
    }
    if (!value.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
      return new Presented.Unusable("Authorization scheme is not Bearer");
    }
    return bearerToken(value.substring(space + 1));
  }

  private static Presented bearerToken(String value) {
    String token = value.strip();
    if (token.isEmpty()) {
      return new Presented.Unusable("empty bearer token");
    }
    if (token.length() > MAX_CREDENTIAL_CHARS) {
      return new Presented.Unusable("oversized credential");
    }
    return token.startsWith("vel_") ? new Presented.VelocityKey(token) : new Presented.Jwt(token);
  }

  /** Whether the request asks to become a WebSocket. */
  public static boolean upgrade(HttpServerRequest request) {
    String upgrade = request.getHeader(HttpHeaders.UPGRADE);
    return upgrade != null && upgrade.equalsIgnoreCase("websocket");
  }
}
