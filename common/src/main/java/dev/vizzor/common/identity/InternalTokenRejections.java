package dev.vizzor.common.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.error.ErrorFamily;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Answers a business call without a valid internal token with 401 in its path's family envelope
 * rather than Quarkus' bodiless challenge. The HTTP permission check fails the request before any
 * endpoint (JAX-RS, WebSocket or plain route) is reached, so this is a router failure handler, not
 * an exception mapper.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.smallrye-jwt.enabled", stringValue = "true")
public class InternalTokenRejections {
  private static final Logger LOG = Logger.getLogger(InternalTokenRejections.class);

  private final ObjectMapper json;

  InternalTokenRejections(ObjectMapper json) {
    this.json = json;
  }

  void install(@Observes Router router) {
    router.route().failureHandler(this::handle);
  }

  private void handle(RoutingContext context) {
    Throwable failure = context.failure();
    boolean noToken = failure instanceof UnauthorizedException;
    boolean badToken = failure instanceof AuthenticationFailedException;
    if (!(noToken || badToken) || context.response().ended()) {
      context.next();
      return;
    }
    // The reason (expired, wrong key, bad claim) is for operators, not for the caller.
    LOG.debugf("internal token refused on %s: %s", context.normalizedPath(), failure.getMessage());
    String message =
        noToken
            ? "this service is reached through the gateway, which supplies an internal token"
            : "the internal token is invalid or expired";
    context
        .response()
        .setStatusCode(401)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader("WWW-Authenticate", "Bearer")
        .end(body(ErrorFamily.ofPath(context.normalizedPath()).unauthorized(message)));
  }

  private String body(Object envelope) {
    try {
      return json.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
