package dev.vizzor.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;
import java.util.Locale;

/**
 * Drops hop-by-hop headers (RFC 9110 §7.6.1) both ways, including any the {@code Connection} header
 * names: they describe one connection, not the message, and must not cross the proxy.
 */
final class HopByHopHeaders implements ProxyInterceptor {
  private static final List<String> ALWAYS =
      List.of(
          "connection",
          "keep-alive",
          "proxy-connection",
          "proxy-authenticate",
          "proxy-authorization",
          "te",
          "trailer",
          "upgrade");

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    strip(context.request().headers());
    return context.sendRequest();
  }

  @Override
  public Future<Void> handleProxyResponse(ProxyContext context) {
    strip(context.response().headers());
    return context.sendResponse();
  }

  static void strip(MultiMap headers) {
    for (String connection : headers.getAll("connection")) {
      for (String named : connection.split(",")) {
        headers.remove(named.strip().toLowerCase(Locale.ROOT));
      }
    }
    ALWAYS.forEach(headers::remove);
  }
}
