package dev.vizzor.gateway.edge;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Brings a result (of Redis, PostgreSQL, a JWKS fetch) back to the request's event loop, where the
 * proxy must run and the response be written.
 */
final class OnRequestContext {
  private OnRequestContext() {}

  static <T> Uni<T> of(Uni<T> uni) {
    Context context = Vertx.currentContext();
    if (context == null) {
      return uni;
    }
    return uni.emitOn(
        task -> {
          if (Vertx.currentContext() == context) {
            task.run();
          } else {
            context.runOnContext(v -> task.run());
          }
        });
  }
}
