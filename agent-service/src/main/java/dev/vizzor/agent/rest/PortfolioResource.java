package dev.vizzor.agent.rest;

import dev.vizzor.agent.domain.PortfolioView;
import dev.vizzor.agent.service.Portfolios;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.identity.CurrentIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/portfolio/:id} (seed 000; docs/AGENTS.md, "Portfolio"). */
@Path("/v1/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agents")
public class PortfolioResource {
  private final Portfolios portfolios;
  private final CurrentIdentity identity;

  PortfolioResource(Portfolios portfolios, CurrentIdentity identity) {
    this.portfolios = portfolios;
    this.identity = identity;
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Portfolio",
      description =
          "id: 'me' (or the caller's account id) for all the caller's agents, or one agent's"
              + " name: holdings, value, allocation, PnL and equity history.")
  @APIResponse(
      responseCode = "404",
      description = "not_found: neither the caller's portfolio nor one of their agents",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<PortfolioView> portfolio(@PathParam("id") String id) {
    return portfolios.of(identity.get().accountId(), id);
  }
}
