package dev.vizzor.common.messaging;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * An event's evaluation retried a few times (the database may be restarting), then logged and let
 * go: for consumers whose events are evaluated again by the next of their kind (ticks, calls),
 * where one is not worth a stalled partition.
 */
public final class Retried {
  private static final Logger LOG = Logger.getLogger(Retried.class);

  private Retried() {}

  public static Uni<Void> evaluation(Uni<?> evaluation, String what) {
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
