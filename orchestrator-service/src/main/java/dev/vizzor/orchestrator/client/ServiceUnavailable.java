package dev.vizzor.orchestrator.client;

import dev.vizzor.orchestrator.domain.ToolFailure;

/**
 * A service's 503 {@code service_unavailable}: it answered, and said what it depends on is not
 * there (market-service has no JSON-RPC node for a chain, or that node is down). Clients whose
 * service says so on purpose let it pass their circuit breaker; other chains may still work.
 */
final class ServiceUnavailable extends ToolFailure {
  static final String CODE = "service_unavailable";

  ServiceUnavailable(String message) {
    super(message);
  }
}
