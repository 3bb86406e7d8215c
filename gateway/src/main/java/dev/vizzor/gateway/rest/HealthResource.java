package dev.vizzor.gateway.rest;

import dev.vizzor.gateway.config.GatewayConfig;
import dev.vizzor.gateway.health.ServiceHealthProbe;
import dev.vizzor.gateway.health.ServiceState;
import dev.vizzor.gateway.limit.EdgeLimiter;
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
  private final EdgeLimiter limiter;

  HealthResource(GatewayConfig config, ServiceHealthProbe probe, EdgeLimiter limiter) {
    this.config = config;
    this.probe = probe;
    this.limiter = limiter;
  }

  /**
   * The body: {@code ok} when every service is ready and limits are shared through Redis, {@code
   * degraded} otherwise; {@code limits} is {@code shared} or {@code local-fallback}.
   */
  public record SuiteHealth(
      String status, Map<String, ServiceState> services, String limits, String timestamp) {}

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
              boolean shared = limiter.shared();
              return new SuiteHealth(
                  allUp && shared ? "ok" : "degraded",
                  byName,
                  shared ? "shared" : "local-fallback",
                  Instant.now().toString());
            });
  }
}
