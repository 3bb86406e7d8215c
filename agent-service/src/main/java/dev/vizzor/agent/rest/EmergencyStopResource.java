package dev.vizzor.agent.rest;

import dev.vizzor.agent.domain.EmergencyStop;
import dev.vizzor.agent.domain.Halt;
import dev.vizzor.agent.service.Halts;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.error.VizzorError;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's kill switch over all their agents (seed 000's "global kill switch"; docs/AGENTS.md,
 * "Emergency stop"). The answer comes once every agent it covers is stopped: no fill is made after
 * it.
 */
@Path("/v1/agents/emergency-stop")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agents")
public class EmergencyStopResource {
  private final Halts halts;
  private final CurrentIdentity identity;

  EmergencyStopResource(Halts halts, CurrentIdentity identity) {
    this.halts = halts;
    this.identity = identity;
  }

  public record Stops(List<Halt> active) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Global kill switch",
      description =
          "{reason} (optional, at most 200 characters). Halts every agent of the caller, on every"
              + " replica, until DELETE lifts it; pulling it again answers the stop already on.")
  @APIResponse(responseCode = "200", description = "the stop")
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: reason too long",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Halt> pull(EmergencyStop request) {
    String reason = EmergencyStop.reasonOf(request);
    UUID caller = identity.get().accountId();
    return halts.pull(caller, reason, caller.toString());
  }

  @GET
  @Operation(
      summary = "The stops holding the caller's agents",
      description = "The caller's own and an operator's over every account.")
  public Uni<Stops> active() {
    return halts.activeFor(identity.get().accountId()).map(Stops::new);
  }

  @DELETE
  @Operation(
      summary = "Resume after the caller's emergency stop",
      description = "Agents that were running trade again; an operator's stop holds until lifted.")
  @APIResponse(responseCode = "200", description = "the stop, lifted")
  @APIResponse(
      responseCode = "404",
      description = "not_found: the caller has no stop on",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Halt> lift() {
    UUID caller = identity.get().accountId();
    return halts
        .lift(caller, caller.toString())
        .map(
            lifted ->
                lifted.orElseThrow(
                    () -> new ApiException(Problem.NOT_FOUND, "No emergency stop of yours is on")));
  }
}
