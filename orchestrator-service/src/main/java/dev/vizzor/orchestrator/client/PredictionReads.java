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
 * prediction-service for the chat's tools and {@code /healthz}: reads may take 10 s, a backtest 30
 * s (prediction-service bounds its own runs), and a circuit opens when half of the last 10 calls
 * failed; its 4xx (a bad symbol or strategy from the model) do not count.
 */
@ApplicationScoped
public class PredictionReads {
  private static final String SERVICE = "prediction-service";
  private final PredictionApi api;

  PredictionReads(OrchestratorConfig config) {
    this.api = ServiceClients.build(config.predictionUrl(), 30, PredictionApi.class);
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
      skipOn = ServiceRefusal.class)
  public Uni<JsonNode> prediction(ServiceCall call, String symbol, String horizon) {
    return ServiceAnswers.asTool(SERVICE, api.prediction(call, symbol, horizon));
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
      skipOn = ServiceRefusal.class)
  public Uni<JsonNode> accuracy(ServiceCall call, String symbol, String horizon) {
    return ServiceAnswers.asTool(SERVICE, api.accuracy(call, symbol, horizon));
  }

  @Timeout(value = 30, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
      skipOn = ServiceRefusal.class)
  public Uni<JsonNode> backtest(ServiceCall call, JsonNode request) {
    return ServiceAnswers.asTool(SERVICE, api.backtest(call, request));
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
      skipOn = ServiceRefusal.class)
  public Uni<JsonNode> signals(ServiceCall call, String symbols, String userId) {
    return ServiceAnswers.asTool(SERVICE, api.signals(call, symbols, userId));
  }

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  public Uni<JsonNode> queues(ServiceCall call) {
    return ServiceAnswers.asTool(SERVICE, api.queues(call));
  }
}
