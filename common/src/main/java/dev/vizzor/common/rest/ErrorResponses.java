package dev.vizzor.common.rest;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiFamily;
import dev.vizzor.common.error.ErrorBodies;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@link ApiError} as an HTTP answer in the envelope of the request path's family: as a JAX-RS
 * {@link Response} for exception mappers, or written straight to a Vert.x response for router
 * handlers (the gateway's edge, the token check, unknown paths).
 */
public final class ErrorResponses {
  private ErrorResponses() {}

  public static Response response(String path, ApiError error) {
    Response.ResponseBuilder response =
        Response.status(error.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(ErrorBodies.body(ApiFamily.ofPath(path), error));
    ErrorBodies.headers(error).forEach(response::header);
    return response.build();
  }

  /**
   * The status, headers (content type and length included) and JSON body, for a proxy that sets
   * them on its own response type.
   */
  public record Rendered(int status, Map<String, String> headers, Buffer body) {}

  public static Rendered render(String path, ApiError error) {
    Buffer body = Json.encodeToBuffer(ErrorBodies.body(ApiFamily.ofPath(path), error));
    Map<String, String> headers = new LinkedHashMap<>(ErrorBodies.headers(error));
    headers.put(HttpHeaders.CONTENT_TYPE.toString(), "application/json");
    headers.put(HttpHeaders.CONTENT_LENGTH.toString(), Integer.toString(body.length()));
    return new Rendered(error.status(), headers, body);
  }

  /** Ends {@code response} with the error; closes the connection if a response already began. */
  public static void send(HttpServerResponse response, String path, ApiError error) {
    if (response.headWritten()) {
      response.close();
      return;
    }
    Rendered rendered = render(path, error);
    response.setStatusCode(rendered.status());
    rendered.headers().forEach(response::putHeader);
    response.end(rendered.body());
  }
}
