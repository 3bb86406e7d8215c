package dev.vizzor.common.identity;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.rest.ErrorResponses;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Answers a business call without a valid internal token with 401, and a service-only path called
 * with a gateway token with 403, in the path's family envelope rather than Quarkus' bodiless
 * challenge. The HTTP permission check fails the request before any endpoint (JAX-RS, WebSocket or
 * plain route) is reached, so this is a router failure handler, not an exception mapper.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.smallrye-jwt.enabled", stringValue = "true")
public class InternalTokenRejections {
  private static final Logger LOG = Logger.getLogger(InternalTokenRejections.class);

  void install(@Observes Router router) {
    router.route().failureHandler(this::handle);
  }

  private void handle(RoutingContext context) {
    ApiError error =
        switch (context.failure()) {
          case UnauthorizedException none ->
              ApiError.of(
                  Problem.UNAUTHORIZED,
                  "this service is reached through the gateway, which supplies an internal token");
          case AuthenticationFailedException bad ->
              ApiError.of(Problem.UNAUTHORIZED, "the internal token is invalid or expired");
          case ForbiddenException userToken ->
              ApiError.of(Problem.FORBIDDEN, "only the suite's services may call this path");
          case null, default -> null;
        };
    if (error == null || context.response().ended()) {
      context.next();
      return;
    }
    // The reason (expired, wrong key, bad claim) is for operators, not for the caller.
    LOG.debugf(
        "internal token refused on %s: %s",
        context.normalizedPath(), context.failure().getMessage());
    ErrorResponses.send(context.response(), context.normalizedPath(), error);
  }
}
