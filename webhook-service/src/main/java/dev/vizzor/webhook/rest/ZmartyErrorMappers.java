package dev.vizzor.webhook.rest;

import dev.vizzor.common.error.ZmartyError;
import dev.vizzor.webhook.service.WebhookRejection;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error this service answers is in the Zmarty envelope, never a framework page. */
public class ZmartyErrorMappers {
  private static final Logger LOG = Logger.getLogger(ZmartyErrorMappers.class);

  @ServerExceptionMapper
  public Response rejection(WebhookRejection rejection) {
    LOG.debugf(
        "webhook refused %d %s: %s", rejection.status(), rejection.code(), rejection.getMessage());
    return json(
        rejection.status(),
        new ZmartyError(rejection.code(), rejection.getMessage(), rejection.extra()));
  }

  @ServerExceptionMapper
  public Response framework(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    String code = status >= 500 ? "server_error" : "invalid_request";
    return json(status, ZmartyError.of(code, exception.getMessage()));
  }

  @ServerExceptionMapper
  public Response unexpected(Exception exception) {
    LOG.error("webhook failed", exception);
    return json(500, ZmartyError.of("server_error", "the change could not be applied; retry"));
  }

  private static Response json(int status, ZmartyError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
  }
}
