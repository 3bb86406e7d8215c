package dev.vizzor.gateway.proxy;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.rest.ErrorResponses;
import dev.vizzor.gateway.config.GatewayConfig;
import dev.vizzor.gateway.edge.RequestIds;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.jboss.logging.Logger;

/**
 * Relays an authenticated WebSocket upgrade to its service frame by frame. The upstream socket is
 * opened first, so a service that is down gets the family's 503 instead of a dangling upgrade; the
 * client's upgrade is accepted only then. Either side closing closes the other and reports the end
 * (which frees the concurrency slot).
 */
@ApplicationScoped
public class WebSocketRelay {
  private static final Logger LOG = Logger.getLogger(WebSocketRelay.class);

  private final Vertx vertx;
  private final WebSocketClient client;
  private final GatewayConfig gateway;
  private final ProxyConfig config;

  WebSocketRelay(Vertx vertx, GatewayConfig gateway, ProxyConfig config) {
    this.vertx = vertx;
    this.gateway = gateway;
    this.config = config;
    this.client =
        vertx.createWebSocketClient(
            new WebSocketClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
  }

  public void relay(HttpServerRequest request, String service, Runnable ended) {
    URI base = URI.create(gateway.services().get(service));
    WebSocketConnectOptions upstreamOptions =
        new WebSocketConnectOptions()
            .setHost(base.getHost())
            .setPort(base.getPort())
            .setURI(QueryCredentials.strip(request.uri()))
            .setTimeout(config.connectTimeout().toMillis())
            .putHeader(HttpHeaders.AUTHORIZATION, request.getHeader(HttpHeaders.AUTHORIZATION))
            .putHeader(RequestIds.HEADER, request.getHeader(RequestIds.HEADER));
    String protocols = request.getHeader("Sec-WebSocket-Protocol");
    if (protocols != null) {
      upstreamOptions.putHeader("Sec-WebSocket-Protocol", protocols);
    }
    request.pause();
    client
        .connect(upstreamOptions)
        .onSuccess(upstream -> accept(request, upstream, ended))
        .onFailure(
            failure -> {
              LOG.warnf(
                  "WebSocket to %s at %s:%d unavailable: %s",
                  service, base.getHost(), base.getPort(), failure.toString());
              ended.run();
              request.resume();
              ErrorResponses.send(
                  request.response(),
                  request.path(),
                  ApiError.retryable(
                      Problem.SERVICE_UNAVAILABLE,
                      "The " + service + " service is unavailable; retry later",
                      config.retryAfterSeconds()));
            });
  }

  private void accept(HttpServerRequest request, WebSocket upstream, Runnable ended) {
    // nothing the service sends may be lost before the client's side is ready to take it
    upstream.pause();
    request.resume();
    request
        .toWebSocket()
        .onSuccess(
            downstream -> {
              ClientWatch watch =
                  new ClientWatch(
                      vertx,
                      downstream,
                      config.websocketPing(),
                      config.websocketSilence(),
                      upstream::close);
              forward(downstream, upstream, watch);
              forward(upstream, downstream, watch);
              downstream.closeHandler(
                  v -> {
                    watch.stop();
                    closed(upstream, downstream, ended);
                  });
              upstream.closeHandler(
                  v -> {
                    watch.stop();
                    closed(downstream, upstream, ended);
                  });
              upstream.resume();
            })
        .onFailure(
            failure -> {
              upstream.close();
              ended.run();
            });
  }

  /**
   * Data frames only: pings, pongs and closes belong to each connection's own endpoints. A side
   * that cannot take more pauses the other, so a slow client backs up to the service (which drops
   * it) rather than into this gateway's memory.
   */
  private static void forward(WebSocketBase from, WebSocketBase to, ClientWatch watch) {
    from.frameHandler(
        (WebSocketFrame frame) -> {
          watch.heard();
          if (frame.isText() || frame.isBinary() || frame.isContinuation()) {
            to.writeFrame(frame);
            if (to.writeQueueFull()) {
              from.pause();
              to.drainHandler(drained -> from.resume());
            }
          }
        });
  }

  private static void closed(WebSocketBase other, WebSocketBase closed, Runnable ended) {
    if (!other.isClosed()) {
      Short status = closed.closeStatusCode();
      other.close(status == null ? (short) 1000 : status, closed.closeReason());
    }
    ended.run();
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
