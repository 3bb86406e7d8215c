package dev.vizzor.agent.rest;

import dev.vizzor.agent.service.Halts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The emergency stops this replica knows of (from its database at start, then from {@code
 * vizzor.agents.control}), in {@code /q/health/live}: how operators see that a stop has reached
 * every replica. Always up: a stop is not a fault.
 */
@Liveness
@ApplicationScoped
public class EmergencyStopsCheck implements HealthCheck {
  private final Halts halts;

  EmergencyStopsCheck(Halts halts) {
    this.halts = halts;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("emergency-stops")
        .up()
        .withData("active", halts.activeIds().size())
        .withData(
            "ids",
            halts.activeIds().stream()
                .map(UUID::toString)
                .sorted()
                .collect(Collectors.joining(",")))
        .build();
  }
}
