package dev.vizzor.gateway.error;

import dev.vizzor.gateway.route.ApiFamily;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;

/** Renders and sends the gateway's own error answers, in the envelope of the path's family. */
public final class EdgeResponses {
  private EdgeResponses() {}

  public record Rendered(int status, MultiMap headers, Buffer body) {}

  public static Rendered render(
      String path, EdgeError error, String message, long retryAfterSeconds, int limit) {
    ApiFamily family = ApiFamily.of(path);
    Buffer body =
        Json.encodeToBuffer(
            FamilyErrorBodies.body(family, error, message, retryAfterSeconds, limit));
    MultiMap headers =
        MultiMap.caseInsensitiveMultiMap()
            .set(HttpHeaders.CONTENT_TYPE, "application/json")
            .set(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length()));
    if (error.retryable()) {
      headers.set("Retry-After", Long.toString(retryAfterSeconds));
    }
    if (error == EdgeError.UNAUTHORIZED) {
      headers.set("WWW-Authenticate", "Bearer");
    }
    return new Rendered(error.status(), headers, body);
  }

  /** Sends the error unless a response already started (then the connection is closed). */
  public static void send(
      HttpServerResponse response,
      String path,
      EdgeError error,
      String message,
      long retryAfterSeconds,
      int limit) {
    if (response.headWritten()) {
      response.close();
      return;
    }
    Rendered rendered = render(path, error, message, retryAfterSeconds, limit);
    response.setStatusCode(rendered.status()).headers().addAll(rendered.headers());
    response.end(rendered.body());
  }

  public static void send(
      HttpServerResponse response, String path, EdgeError error, String message) {
    send(response, path, error, message, 0, 0);
  }
}
