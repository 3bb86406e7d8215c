package dev.vizzor.notification.rest;

import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.common.paging.Page;
import dev.vizzor.common.paging.Pages;
import dev.vizzor.notification.domain.NewRule;
import dev.vizzor.notification.domain.RuleView;
import dev.vizzor.notification.service.Rules;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's alert rules (seed 000; the types and their fields in docs/NOTIFICATIONS.md). */
@Path("/v1/notifications/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class RuleResource {
  private final Rules rules;
  private final CurrentIdentity identity;

  RuleResource(Rules rules, CurrentIdentity identity) {
    this.rules = rules;
    this.identity = identity;
  }

  @GET
  @Operation(summary = "List alert rules", description = "Newest first; limit 1-200, cursor.")
  @APIResponse(responseCode = "200", description = "{items, nextCursor}")
  public Uni<Page<RuleView>> list(
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    return rules.page(identity.get(), cursor, Pages.limit(limit));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an alert rule",
      description =
          "{type, symbol, threshold | percent + window | horizon + minTier, cooldownSeconds"
              + " (default 300), recurring (default false: the rule ends when it fires)}.")
  @APIResponse(responseCode = "201", description = "the rule")
  @APIResponse(
      responseCode = "400",
      description = "invalid_request naming the field",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "409",
      description = "conflict: the tier's number of rules is reached",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<RestResponse<RuleView>> create(NewRule.Given request) {
    NewRule rule = NewRule.of(request);
    return rules
        .create(identity.get(), rule)
        .map(
            stored ->
                RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, stored)
                    .location(URI.create("/v1/notifications/rules/" + stored.id()))
                    .build());
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete an alert rule")
  @APIResponse(responseCode = "204", description = "deleted")
  @APIResponse(
      responseCode = "404",
      description = "not_found: none of the caller's has this id",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Void> delete(@PathParam("id") String id) {
    return rules.delete(identity.get(), Ids.of(id, "alert rule"));
  }
}
