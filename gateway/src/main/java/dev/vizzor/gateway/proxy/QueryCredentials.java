package dev.vizzor.gateway.proxy;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Drops the browser WebSocket credentials ({@code api_key}, {@code access_token}) from a URI. */
final class QueryCredentials {
  private QueryCredentials() {}

  static String strip(String uri) {
    int query = uri.indexOf('?');
    if (query < 0 || !(uri.contains("api_key") || uri.contains("access_token"))) {
      return uri;
    }
    String kept =
        Arrays.stream(uri.substring(query + 1).split("&"))
            .filter(pair -> !pair.startsWith("api_key=") && !pair.equals("api_key"))
            .filter(pair -> !pair.startsWith("access_token=") && !pair.equals("access_token"))
            .collect(Collectors.joining("&"));
    return kept.isEmpty() ? uri.substring(0, query) : uri.substring(0, query + 1) + kept;
  }
}
