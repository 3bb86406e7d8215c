package dev.vizzor.market.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

/**
 * A path no endpoint serves gets a JSON 404 in its family envelope. RESTEasy hands requests it has
 * no resource for on to the router, so this route comes last and only sees those.
 */
@ApplicationScoped
public class UnknownPathRoute {
  private final ObjectMapper json;

  UnknownPathRoute(ObjectMapper json) {
    this.json = json;
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MAX_VALUE)
        .handler(
            context -> {
              String path = context.normalizedPath();
              Response error =
                  ErrorBodies.response(path, 404, "not_found", "no endpoint at " + path, null);
              context
                  .response()
                  .setStatusCode(404)
                  .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                  .end(write(error.getEntity()));
            });
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
