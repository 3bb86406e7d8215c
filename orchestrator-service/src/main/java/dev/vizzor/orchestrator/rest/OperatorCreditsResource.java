package dev.vizzor.orchestrator.rest;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.identity.CredentialKind;
import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.orchestrator.service.Credits;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /operator/credits}: an operator's top-up of the account the token names ({@code
 * vizzor account credits}, through the gateway's admin API, which alone signs {@code
 * cred=operator}). The gateway routes no client to this path.
 */
@Path("/operator/credits")
@Tag(name = "operator")
public class OperatorCreditsResource {
  /** Most credits one top-up may add. */
  static final long MAX_TOP_UP = 1_000_000;

  /** {@code amount} whole credits to add; {@code note} says why, for the ledger. */
  public record TopUp(Long amount, String note) {}

  /** The account, what was added and its balance after. */
  public record TopUpView(UUID accountId, long added, long balance) {}

  private final Credits credits;
  private final CurrentIdentity identity;

  OperatorCreditsResource(Credits credits, CurrentIdentity identity) {
    this.credits = credits;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add credits to an account's chat ledger (operators only)")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = TopUpView.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: amount not a whole number from 1 to 1000000",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "403",
      description = "forbidden: not an operator's call",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<TopUpView> topUp(TopUp request) {
    InternalIdentity caller = identity.get();
    if (caller.credential() != CredentialKind.OPERATOR) {
      throw new ApiException(
          ApiError.of(Problem.FORBIDDEN, "only an operator (vizzor account credits) tops up"));
    }
    if (request == null
        || request.amount() == null
        || request.amount() < 1
        || request.amount() > MAX_TOP_UP) {
      throw ApiException.invalid("amount: a whole number from 1 to " + MAX_TOP_UP);
    }
    if (request.note() != null && request.note().length() > 200) {
      throw ApiException.invalid("note: at most 200 characters");
    }
    String note = request.note() == null ? "operator top-up" : request.note();
    return credits
        .topUp(caller.accountId(), caller.tier().wire(), request.amount(), note)
        .map(balance -> new TopUpView(caller.accountId(), request.amount(), balance));
  }
}
