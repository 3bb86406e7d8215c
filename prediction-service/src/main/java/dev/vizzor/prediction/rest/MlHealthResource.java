package dev.vizzor.prediction.rest;

import dev.vizzor.prediction.service.MlHealth;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/market/ml-health}: the ChronoVisor engine's state. */
@Path("/v1/market/ml-health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "chronovisor")
public class MlHealthResource {
  private final MlHealth health;

  MlHealthResource(MlHealth health) {
    this.health = health;
  }

  @GET
  @Operation(
      summary = "ChronoVisor engine status",
      description =
          "Model kind and features; each model's version, trained range and samples; pending"
              + " resolutions; the last emission and settlement; how far the pipeline is behind"
              + " the candle clock (market time's last closed hour).")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = MlHealth.View.class)))
  public Uni<MlHealth.View> health() {
    return health.view();
  }
}
