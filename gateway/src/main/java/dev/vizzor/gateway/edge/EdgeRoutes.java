package dev.vizzor.gateway.edge;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the edge pipeline in front of everything except the gateway's own pages ({@code /health},
 * {@code /docs}, {@code /openapi/*}, {@code /q/*}), which pass on to their handlers.
 */
@ApplicationScoped
public class EdgeRoutes {
  private final EdgeHandler edge;

  EdgeRoutes(EdgeHandler edge) {
    this.edge = edge;
  }

  void register(@Observes Router router) {
    router.route().handler(this::route);
  }

  private void route(RoutingContext ctx) {
    if (ownPage(ctx.request().path())) {
      ctx.next();
    } else {
      edge.handle(ctx);
    }
  }

  static boolean ownPage(String path) {
    return path.equals("/health")
        || path.equals("/docs")
        || path.startsWith("/docs/")
        || path.startsWith("/openapi/")
        || path.startsWith("/q/");
  }
}
