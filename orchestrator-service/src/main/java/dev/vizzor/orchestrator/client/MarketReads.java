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
 * market-service for the chat's tools: each call may take 10 s, and a circuit opens when half of
 * the last 10 calls failed (market-service down), so a chat does not wait on a dead service. Its
 * 4xx (an asset it does not know, named by a model) do not count: the service answered.
 */
@ApplicationScoped
public class MarketReads {
  private static final String SERVICE = "market-service";
  private final MarketApi api;

  MarketReads(OrchestratorConfig config) {
    this.api = ServiceClients.build(config.marketUrl(), 10, MarketApi.class);
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
      skipOn = ServiceRefusal.class)
  public Uni<JsonNode> price(ServiceCall call, String symbol) {
    return ServiceAnswers.asTool(SERVICE, api.price(call, symbol));
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
      skipOn = ServiceRefusal.class)
  public Uni<JsonNode> prices(ServiceCall call, String symbols) {
    return ServiceAnswers.asTool(SERVICE, api.prices(call, symbols));
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
      skipOn = ServiceRefusal.class)
  public Uni<JsonNode> trending(ServiceCall call) {
    return ServiceAnswers.asTool(SERVICE, api.trending(call));
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
      skipOn = ServiceRefusal.class)
  public Uni<JsonNode> fearGreed(ServiceCall call) {
    return ServiceAnswers.asTool(SERVICE, api.fearGreed(call));
  }
}
