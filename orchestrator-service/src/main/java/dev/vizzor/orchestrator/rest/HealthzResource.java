package dev.vizzor.orchestrator.rest;

import dev.vizzor.orchestrator.domain.Health;
import dev.vizzor.orchestrator.service.HealthReport;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Zmarty's {@code GET /healthz} (seed 002): no credential needed. */
@Path("/healthz")
@Tag(name = "health")
public class HealthzResource {
  private final HealthReport report;

  HealthzResource(HealthReport report) {
    this.report = report;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The analyst's health: its database, the pipeline's store, each LLM provider, the"
              + " pipeline's queues")
  @APIResponse(
      responseCode = "200",
      description = "healthy or degraded",
      content = @Content(schema = @Schema(implementation = Health.class)))
  @APIResponse(
      responseCode = "503",
      description = "unhealthy: its own database is down, or no provider can answer",
      content = @Content(schema = @Schema(implementation = Health.class)))
  public Uni<Response> healthz() {
    return report
        .now()
        .map(
            health ->
                Response.status(Health.UNHEALTHY.equals(health.status()) ? 503 : 200)
                    .entity(health)
                    .build());
  }
}
