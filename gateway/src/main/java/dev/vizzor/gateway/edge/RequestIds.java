package dev.vizzor.gateway.edge;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id}: the client's when it is a sane token, a new UUID
 * otherwise. It goes upstream with the request and back on the response.
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  public static String ensure(HttpServerRequest request) {
    String given = request.getHeader(HEADER);
    String id =
        given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    request.headers().set(HEADER, id);
    request.response().putHeader(HEADER, id);
    return id;
  }
}
