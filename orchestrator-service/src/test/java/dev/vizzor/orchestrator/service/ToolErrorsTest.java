package dev.vizzor.orchestrator.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.orchestrator.domain.ToolFailure;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** What the model reads when a tool's guard, not the service, ended the call. */
class ToolErrorsTest {
  @Test
  void anOpenCircuitSaysTheServiceIsRestingAndForHowLong() {
    assertEquals(
        "the service behind scan_token failed on most recent calls, so it is not called for 15 s;"
            + " try again after that",
        ToolErrors.message(
            "scan_token",
            new CircuitBreakerOpenException("SecurityChecks#scan circuit breaker is open")));
  }

  @Test
  void aTimeoutNamesTheToolNotAJavaMethod() {
    assertEquals(
        "the service behind audit_contract did not answer in time",
        ToolErrors.message(
            "audit_contract", new TimeoutException("SecurityChecks#audit timed out")));
  }

  @Test
  void aToolFailureIsPassedOnAsWritten() {
    assertEquals(
        "market-service answered invalid_request: address must be 0x + 40 hex digits",
        ToolErrors.message(
            "scan_token",
            new ToolFailure(
                "market-service answered invalid_request: address must be 0x + 40 hex digits")));
  }
}
