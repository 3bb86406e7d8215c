package dev.vizzor.prediction.messaging;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * How a pipeline stage's consumer treats a failing step: five retries with back-off (the database
 * or market-service may be back by then), then the step is logged at ERROR and the record
 * acknowledged, since the stage's next record does the same work again.
 */
final class StageRetries {
  private StageRetries() {}

  static Uni<Void> retriedThenLogged(Uni<?> step, Logger log, Supplier<String> what) {
    return step.onFailure()
        .retry()
        .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
        .atMost(5)
        .replaceWithVoid()
        .onFailure()
        .recoverWithUni(
            failure -> {
              log.errorf("%s: %s", what.get(), failure.toString());
              return Uni.createFrom().voidItem();
            });
  }
}
