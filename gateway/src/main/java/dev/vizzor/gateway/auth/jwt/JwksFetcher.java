package dev.vizzor.gateway.auth.jwt;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** One GET of the configured JWKS URL, bounded in time and size. */
final class JwksFetcher {
  /** A Supabase JWKS holds a handful of keys in about 1 KiB; 64 KiB leaves room to rotate. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final WebClient client;
  private final String url;
  private final Duration timeout;

  JwksFetcher(Vertx vertx, String url, Duration timeout) {
    this.url = requireHttpUrl(url);
    this.timeout = timeout;
    // Redirects are not followed: keys come from the configured URL and nowhere else.
    this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
  }

  String url() {
    return url;
  }

  Uni<JwksKeys> fetch() {
    return client
        .getAbs(url)
        .putHeader("Accept", "application/json")
        // The request timeout only bounds silence between bytes; ifNoItem bounds the whole fetch.
        .timeout(timeout.toMillis())
        .as(BodyCodec.<String>newInstance(new BoundedUtf8Body(MAX_BODY_BYTES)))
        .send()
        .ifNoItem()
        .after(timeout)
        .failWith(() -> new TimeoutException("JWKS fetch took longer than " + timeout))
        .map(
            response -> {
              if (response.statusCode() != 200) {
                throw new IllegalStateException("JWKS answered HTTP " + response.statusCode());
              }
              return JwksKeys.parse(response.body());
            });
  }

  void close() {
    client.close();
  }

  private static String requireHttpUrl(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "vizzor.gateway.jwt.jwks-url (VIZZOR_JWT_JWKS_URL) is not a URL: " + url, e);
    }
    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "vizzor.gateway.jwt.jwks-url (VIZZOR_JWT_JWKS_URL) must be an http(s) URL: " + url);
    }
    return url;
  }
}
