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
 * notification-service for the alert tools, with the same bounds as the other tool clients: 10 s a
 * call, a circuit that opens when half of the last 10 failed; refusals (4xx) do not count.
 */
@ApplicationScoped
public class NotificationWrites {
  private static final String SERVICE = "notification-service";
  private final NotificationApi api;

  NotificationWrites(OrchestratorConfig config) {
    this.api = ServiceClients.build(config.notificationUrl(), 10, NotificationApi.class);
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
      skipOn = ServiceRefusal.class)
  public Uni<JsonNode> createRule(ServiceCall call, JsonNode rule) {
    return ServiceAnswers.asTool(SERVICE, api.create(call, rule));
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
      skipOn = ServiceRefusal.class)
  public Uni<JsonNode> rules(ServiceCall call) {
    return ServiceAnswers.asTool(SERVICE, api.list(call));
  }
}
