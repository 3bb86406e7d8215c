package dev.vizzor.orchestrator.client;

import dev.vizzor.orchestrator.domain.ToolFailure;

/**
 * A service's 4xx: it answered, and refused what was asked (an agent name the user does not have,
 * one taken already). The service is well, so a circuit breaker may skip it.
 */
final class ServiceRefusal extends ToolFailure {
  ServiceRefusal(String message) {
    super(message);
  }
}
