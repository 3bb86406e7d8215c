package dev.vizzor.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.orchestrator.config.OrchestratorConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * market-service's token scan, contract audit and wallet tracking for the security tools. 30 s a
 * call, not the reads' 10: each may wait on GoPlus or a chain's node in turn (market-service bounds
 * those calls itself), and an audit parses up to 512 KiB of Solidity. Its refusals (a bad address,
 * a file that does not parse, no node for the chain: 503 service_unavailable) do not count towards
 * the circuit: they come from what users typed, and market-service answered them. Nothing is
 * retried here; market-service retries its own upstreams and caches the answers.
 */
@ApplicationScoped
@Timeout(value = 30, unit = ChronoUnit.SECONDS)
@CircuitBreaker(
    requestVolumeThreshold = 10,
    failureRatio = 0.5,
    delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
    skipOn = {ServiceRefusal.class, ServiceUnavailable.class})
public class SecurityChecks {
  private static final String SERVICE = "market-service";
  private final SecurityApi api;

  SecurityChecks(OrchestratorConfig config) {
    this.api = ServiceClients.build(config.marketUrl(), 30, SecurityApi.class);
  }

  public Uni<JsonNode> scan(ServiceCall call, JsonNode request) {
    return ServiceAnswers.asTool(SERVICE, api.scan(call, request));
  }

  public Uni<JsonNode> audit(ServiceCall call, JsonNode request) {
    return ServiceAnswers.asTool(SERVICE, api.audit(call, request));
  }

  public Uni<JsonNode> track(ServiceCall call, JsonNode request) {
    return ServiceAnswers.asTool(SERVICE, api.track(call, request));
  }
}
