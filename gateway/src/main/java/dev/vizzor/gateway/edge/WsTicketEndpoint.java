package dev.vizzor.gateway.edge;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.rest.ErrorResponses;
import dev.vizzor.gateway.auth.Principal;
import dev.vizzor.gateway.auth.WsTickets;
import dev.vizzor.gateway.proxy.ProxyConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The gateway's own answer to {@code POST /v1/notifications/ws-ticket}, once the caller's
 * credential and limits passed: 201 with a fresh ticket for that caller ({@link WsTickets}), or the
 * family's 503 when no ticket can be stored.
 */
@ApplicationScoped
public class WsTicketEndpoint {
  private static final Logger LOG = Logger.getLogger(WsTicketEndpoint.class);

  private final WsTickets tickets;
  private final ProxyConfig proxyConfig;

  WsTicketEndpoint(WsTickets tickets, ProxyConfig proxyConfig) {
    this.tickets = tickets;
    this.proxyConfig = proxyConfig;
  }

  void answer(RoutingContext ctx, Principal principal) {
    // The edge paused the request for a proxy to read; a body sent here means nothing: drop it.
    ctx.request().resume();
    OnRequestContext.of(tickets.mint(principal))
        .subscribe()
        .with(
            ticket ->
                ctx.response()
                    .setStatusCode(201)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    // A credential, if a short-lived one: no cache may keep it.
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(Json.encodeToBuffer(ticket)),
            failure -> {
              LOG.warnf("no WebSocket ticket could be stored: %s", failure.toString());
              ErrorResponses.send(
                  ctx.response(),
                  ctx.request().path(),
                  ApiError.retryable(
                      Problem.SERVICE_UNAVAILABLE,
                      "The gateway cannot issue WebSocket tickets right now; retry later",
                      proxyConfig.retryAfterSeconds()));
            });
  }
}
