package dev.vizzor.common.rest;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.Problem;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A path nothing serves gets a JSON 404 in its family's envelope instead of Quarkus' HTML page.
 * RESTEasy hands requests it has no resource for on to the router, so this route comes last and
 * only sees those.
 */
@ApplicationScoped
public class UnknownPathRoute {
  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MAX_VALUE)
        .handler(
            context -> {
              String path = context.normalizedPath();
              ErrorResponses.send(
                  context.response(),
                  path,
                  ApiError.of(Problem.NOT_FOUND, "nothing is served at " + path));
            });
  }
}
