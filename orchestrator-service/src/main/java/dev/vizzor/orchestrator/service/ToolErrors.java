package dev.vizzor.orchestrator.service;

import dev.vizzor.orchestrator.client.ServiceClients;
import dev.vizzor.orchestrator.domain.ToolFailure;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A failed tool call as the error the model reads. The clients' fault-tolerance guards fail around
 * the call, outside the clients' own error mapping, and name Java methods; the model and the user
 * get what happened instead.
 */
final class ToolErrors {
  private static final Logger LOG = Logger.getLogger(ToolErrors.class);

  private ToolErrors() {}

  static String message(String tool, Throwable failure) {
    if (failure instanceof ToolFailure) {
      return failure.getMessage();
    }
    if (failure instanceof CircuitBreakerOpenException) {
      return "the service behind "
          + tool
          + " failed on most recent calls, so it is not called for "
          + ServiceClients.CIRCUIT_DELAY_MILLIS / 1000
          + " s; try again after that";
    }
    if (failure instanceof TimeoutException) {
      return "the service behind " + tool + " did not answer in time";
    }
    LOG.warnf(failure, "tool %s failed unexpectedly", tool);
    return failure.getMessage();
  }
}
