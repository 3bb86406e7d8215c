package dev.vizzor.agent.rest;

import dev.vizzor.agent.domain.EmergencyStop;
import dev.vizzor.agent.domain.Halt;
import dev.vizzor.agent.service.Halts;
import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.identity.CredentialKind;
import dev.vizzor.common.identity.CurrentIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /operator/agents/emergency-stop}: an operator's halt of every agent of every account
 * ({@code vizzor agents halt}, through the gateway's admin API, which alone signs {@code
 * cred=operator}). The gateway routes no client to this path.
 */
@Path("/operator/agents/emergency-stop")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operator")
public class OperatorStopResource {
  private final Halts halts;
  private final CurrentIdentity identity;

  OperatorStopResource(Halts halts, CurrentIdentity identity) {
    this.halts = halts;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Halt every agent of every account (operators only)")
  @APIResponse(responseCode = "200", description = "the stop")
  @APIResponse(
      responseCode = "403",
      description = "forbidden: not an operator's call",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Halt> pull(EmergencyStop request) {
    operatorOnly();
    return halts.pull(null, EmergencyStop.reasonOf(request), Halts.OPERATOR);
  }

  public record Stops(List<Halt> active) {}

  @GET
  @Operation(summary = "Every active stop, the operator's and each account's (operators only)")
  @APIResponse(
      responseCode = "403",
      description = "forbidden: not an operator's call",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Stops> active() {
    operatorOnly();
    return halts.active().map(Stops::new);
  }

  @DELETE
  @Operation(summary = "Lift the operator's halt (operators only)")
  @APIResponse(responseCode = "200", description = "the stop, lifted")
  @APIResponse(
      responseCode = "404",
      description = "not_found: no operator's halt is on",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Halt> lift() {
    operatorOnly();
    return halts
        .lift(null, Halts.OPERATOR)
        .map(
            lifted ->
                lifted.orElseThrow(
                    () -> new ApiException(Problem.NOT_FOUND, "No operator's halt is on")));
  }

  private void operatorOnly() {
    if (identity.get().credential() != CredentialKind.OPERATOR) {
      throw new ApiException(
          ApiError.of(
              Problem.FORBIDDEN, "only an operator (vizzor agents halt) halts every agent"));
    }
  }
}
