package dev.vizzor.market.security.scan;

import dev.vizzor.market.client.UpstreamException;
import dev.vizzor.market.client.UpstreamRejectedException;
import dev.vizzor.market.domain.scan.SourceCheck;
import dev.vizzor.market.security.CodeUnavailableException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Why a source's checks did not run, in words a caller can act on. */
final class SourceFailures {
  private SourceFailures() {}

  static SourceCheck check(String source, String name, Throwable failure) {
    if (failure instanceof CodeUnavailableException unavailable) {
      return new SourceCheck(source, SourceCheck.Status.NOT_RUN, unavailable.getMessage());
    }
    return new SourceCheck(source, SourceCheck.Status.FAILED, reason(name, failure));
  }

  private static String reason(String name, Throwable failure) {
    return switch (failure) {
      case CircuitBreakerOpenException open ->
          name + " is not called for a while after repeated failures (circuit open)";
      case TimeoutException timeout -> name + " did not answer in time";
      case UpstreamRejectedException rejected ->
          name + " refused the request (HTTP " + rejected.status() + said(rejected.body()) + ")";
      case UpstreamException down ->
          name + " is unavailable (HTTP " + down.status() + said(down.body()) + ")";
      default -> name + " is unreachable (" + brief(String.valueOf(failure.getMessage())) + ")";
    };
  }

  private static String said(String body) {
    return body == null || body.isBlank() ? "" : ": " + brief(body);
  }

  /** An upstream's error page can be long HTML: its start says enough. */
  private static String brief(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= 160 ? line : line.substring(0, 157) + "...";
  }
}
