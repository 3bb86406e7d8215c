package dev.vizzor.notification.messaging;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * An event's evaluation retried a few times (the database may be restarting), then logged and let
 * go: the consumers' events are evaluated again by the next of their kind, so one is not worth a
 * stalled partition.
 */
final class Retried {
  private static final Logger LOG = Logger.getLogger(Retried.class);

  private Retried() {}

  static Uni<Void> evaluation(Uni<?> evaluation, String what) {
    return evaluation
        .onFailure()
        .retry()
        .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(2))
        .atMost(5)
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.errorf(failure, "%s not evaluated", what);
              return null;
            })
        .replaceWithVoid();
  }
}
