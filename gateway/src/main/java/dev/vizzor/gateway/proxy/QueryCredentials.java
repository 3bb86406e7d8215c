package dev.vizzor.gateway.proxy;

import dev.vizzor.gateway.auth.CredentialExtractor;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drops the WebSocket ticket ({@code ticket}, however its name is percent-encoded) from an
 * upgrade's URI, so the service never sees the credential; and {@code api_key} / {@code
 * access_token}, which are no credential any more but may still hold a client's long-lived key, so
 * that no service logs one.
 */
final class QueryCredentials {
  private static final Set<String> SECRETS =
      Set.of(CredentialExtractor.TICKET_PARAMETER, "api_key", "access_token");

  private QueryCredentials() {}

  static String strip(String uri) {
    int query = uri.indexOf('?');
    if (query < 0) {
      return uri;
    }
    String kept =
        Arrays.stream(uri.substring(query + 1).split("&"))
            .filter(pair -> !SECRETS.contains(name(pair)))
            .collect(Collectors.joining("&"));
    return kept.isEmpty() ? uri.substring(0, query) : uri.substring(0, query + 1) + kept;
  }

  /** The parameter's name as the edge read it (decoded), or as written when it cannot be. */
  private static String name(String pair) {
    int equals = pair.indexOf('=');
    String name = equals < 0 ? pair : pair.substring(0, equals);
    try {
      return URLDecoder.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return name;
    }
  }
}
