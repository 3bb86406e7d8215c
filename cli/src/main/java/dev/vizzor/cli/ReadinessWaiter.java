package dev.vizzor.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Waits until every service reports ready, and stops at the first one that cannot get there. */
public final class ReadinessWaiter {
  private static final long POLL_MILLIS = 500;

  /** Why a service did not become ready. */
  public record Failure(ServiceSpec service, String reason) {}

  private ReadinessWaiter() {}

  public static Optional<Failure> await(
      Map<ServiceSpec, Process> processes, Duration timeout, long startedAtMillis) {
    Map<ServiceSpec, Process> pending = new LinkedHashMap<>(processes);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!pending.isEmpty()) {
      for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
        var entry = it.next();
        ServiceSpec service = entry.getKey();
        if (HealthProbe.ready(service)) {
          System.out.printf(
              "  %-22s ready after %.1f s%n", service.module(), Seconds.since(startedAtMillis));
          it.remove();
        } else if (!entry.getValue().isAlive()) {
          return Optional.of(
              new Failure(service, "exited with code " + entry.getValue().exitValue()));
        }
      }
      if (pending.isEmpty()) {
        break;
      }
      if (System.nanoTime() > deadline) {
        ServiceSpec first = pending.keySet().iterator().next();
        return Optional.of(new Failure(first, "not ready within " + timeout.toSeconds() + " s"));
      }
      Sleep.millis(POLL_MILLIS);
      if (Thread.currentThread().isInterrupted()) {
        return Optional.of(new Failure(pending.keySet().iterator().next(), "interrupted"));
      }
    }
    return Optional.empty();
  }
}
