package dev.vizzor.gateway.edge;

import dev.vizzor.gateway.auth.CredentialExtractor;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import java.util.List;

/**
 * Replaces whatever identity the client sent with the gateway-signed internal token, so a service
 * never sees (or trusts) a client credential.
 */
public final class IdentityHeaders {
  private static final List<String> CLIENT_IDENTITY =
      List.of(
          HttpHeaders.AUTHORIZATION.toString(),
          CredentialExtractor.API_KEY_HEADER,
          HttpHeaders.PROXY_AUTHORIZATION.toString(),
          HttpHeaders.COOKIE.toString());

  private IdentityHeaders() {}

  public static void replace(MultiMap headers, String internalToken) {
    CLIENT_IDENTITY.forEach(headers::remove);
    headers.names().stream()
        .filter(name -> name.regionMatches(true, 0, "X-Vizzor-", 0, 9))
        .toList()
        .forEach(headers::remove);
    headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + internalToken);
  }
}
