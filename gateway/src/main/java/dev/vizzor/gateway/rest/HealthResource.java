package dev.vizzor.gateway.rest;

import dev.vizzor.gateway.config.GatewayConfig;
import dev.vizzor.gateway.health.ServiceHealthProbe;
import dev.vizzor.gateway.health.ServiceState;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /health} (public): the gateway is up; each service's readiness, probed now. */
@Path("/health")
public class HealthResource {
  private final GatewayConfig config;
  private final ServiceHealthProbe probe;

  HealthResource(GatewayConfig config, ServiceHealthProbe probe) {
    this.config = config;
    this.probe = probe;
  }

  /** The body: {@code ok} when every service is ready, {@code degraded} otherwise. */
  public record SuiteHealth(String status, Map<String, ServiceState> services, String timestamp) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Health of the gateway and of every service behind it")
  public Uni<SuiteHealth> health() {
    List<Uni<ServiceState>> probes =
        config.services().entrySet().stream()
            .map(service -> probe.probe(service.getKey(), service.getValue()))
            .toList();
    return Uni.join()
        .all(probes)
        .andFailFast()
        .map(
            states -> {
              Map<String, ServiceState> byName = new TreeMap<>();
              states.forEach(state -> byName.put(state.name(), state));
              boolean allUp = states.stream().allMatch(state -> "up".equals(state.status()));
              return new SuiteHealth(allUp ? "ok" : "degraded", byName, Instant.now().toString());
            });
  }
}
