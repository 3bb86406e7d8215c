package dev.vizzor.orchestrator.service;

import dev.vizzor.orchestrator.domain.Health;
import io.smallrye.mutiny.Uni;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * One {@code /healthz} check: {@code ok} with how long it took, or {@code error} with seed 002's
 * words for why ({@code connection_timeout}, {@code connection_refused}, {@code unauthorized},
 * {@code http_<status>}, or the cause). Each waits at most {@link #TIMEOUT}.
 */
final class HealthChecks {
  static final Duration TIMEOUT = Duration.ofSeconds(3);

  private HealthChecks() {}

  /** A GET whose status says it: below 300 is ok. */
  static Uni<Health.Check> ofStatus(Uni<Integer> status) {
    return timed(
        status
            .invoke(
                code -> {
                  if (code >= 300) {
                    throw new Refused(code);
                  }
                })
            .replaceWithVoid());
  }

  static Uni<Health.Check> timed(Uni<Void> check) {
    return Uni.createFrom()
        .deferred(
            () -> {
              long start = System.nanoTime();
              return check
                  .ifNoItem()
                  .after(TIMEOUT)
                  .fail()
                  .map(ignored -> Health.Check.ok((System.nanoTime() - start) / 1_000_000));
            })
        .onFailure()
        .recoverWithItem(failure -> Health.Check.error(reason(failure)));
  }

  private static String reason(Throwable failure) {
    if (failure instanceof Refused refused) {
      return refused.status == 401 || refused.status == 403
          ? "unauthorized"
          : "http_" + refused.status;
    }
    Throwable cause = failure;
    while (cause.getCause() != null && !(cause instanceof ConnectException)) {
      cause = cause.getCause();
    }
    if (failure instanceof TimeoutException
        || cause instanceof TimeoutException
        || String.valueOf(failure.getMessage()).contains("timeout")) {
      return "connection_timeout";
    }
    if (cause instanceof ConnectException
        || String.valueOf(cause.getMessage()).contains("Connection refused")) {
      return "connection_refused";
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** An answer with a status that says "not ok". */
  private static final class Refused extends RuntimeException {
    private final int status;

    Refused(int status) {
      super("HTTP " + status, null, false, false);
      this.status = status;
    }
  }
}
