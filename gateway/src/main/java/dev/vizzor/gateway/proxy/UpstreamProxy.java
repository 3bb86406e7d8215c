package dev.vizzor.gateway.proxy;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.rest.ErrorResponses;
import dev.vizzor.gateway.config.GatewayConfig;
import dev.vizzor.gateway.route.Route;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyOptions;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Forwards requests to the services with vertx-http-proxy: one pooled keep-alive client, bodies
 * streamed both ways (SSE is never buffered), hop-by-hop headers dropped ({@link HopByHopHeaders});
 * WebSocket upgrades go through {@link WebSocketRelay} instead. An upstream that refuses, resets or
 * stays silent past the idle timeout before answering becomes a 503 in the route's family envelope.
 */
@ApplicationScoped
public class UpstreamProxy {
  private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

  private final HttpClient client;
  private final Map<String, HttpProxy> proxies = new HashMap<>();
  private final ProxyConfig config;

  UpstreamProxy(Vertx vertx, GatewayConfig gateway, ProxyConfig config) {
    this.config = config;
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setKeepAlive(true)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setDecompressionSupported(false),
            new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerService()));
    gateway
        .services()
        .forEach(
            (name, baseUrl) -> {
              URI uri = URI.create(baseUrl);
              SocketAddress origin = SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost());
              HttpProxy proxy =
                  HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                      .origin(context -> originRequest(context, origin))
                      .addInterceptor(new UnavailableAsEnvelope(name))
                      .addInterceptor(new HopByHopHeaders());
              proxies.put(name, proxy);
            });
  }

  /** Hands the (paused) request to its service's proxy, which answers the client. */
  public void forward(HttpServerRequest request, Route route) {
    HttpProxy proxy = proxies.get(route.service());
    if (proxy == null) {
      throw new IllegalStateException("no URL configured for service " + route.service());
    }
    proxy.handle(request);
  }

  private Future<io.vertx.core.http.HttpClientRequest> originRequest(
      ProxyContext context, SocketAddress origin) {
    context.request().setURI(QueryCredentials.strip(context.request().getURI()));
    return context
        .client()
        .request(
            new RequestOptions()
                .setServer(origin)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.idleTimeout().toMillis()));
  }

  /** Replaces the proxy's bare 502 for an unreachable or silent upstream with the family's 503. */
  private final class UnavailableAsEnvelope implements ProxyInterceptor {
    private final String service;

    UnavailableAsEnvelope(String service) {
      this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
      return context
          .sendRequest()
          .recover(
              failure -> {
                HttpServerRequest request = context.request().proxiedRequest();
                LOG.warnf(
                    "%s %s: upstream %s unavailable: %s",
                    request.method(), request.path(), service, failure.toString());
                ErrorResponses.Rendered rendered =
                    ErrorResponses.render(
                        request.path(),
                        ApiError.retryable(
                            Problem.SERVICE_UNAVAILABLE,
                            "The " + service + " service is unavailable; retry later",
                            config.retryAfterSeconds()));
                ProxyResponse response =
                    context
                        .request()
                        .response()
                        .setStatusCode(rendered.status())
                        .setStatusMessage("Service Unavailable")
                        .setBody(Body.body(rendered.body()));
                response.headers().clear();
                rendered.headers().forEach(response.headers()::set);
                return Future.succeededFuture(response);
              });
    }
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
