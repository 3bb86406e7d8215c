package dev.vizzor.notification.rest;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.common.paging.Page;
import dev.vizzor.common.paging.Pages;
import dev.vizzor.notification.domain.NotificationView;
import dev.vizzor.notification.service.Notifications;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's notifications (seed 000). {@code /v1/notifications/rules} is {@link RuleResource}'s:
 * a literal segment wins over {@code {id}} in JAX-RS matching.
 */
@Path("/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationResource {
  /** {@code POST /v1/notifications/mark-read}: the ids to mark, or none for all. */
  public record MarkRead(List<UUID> ids) {}

  /** How many notifications were unread and are read now. */
  public record Marked(int marked) {}

  private final Notifications notifications;
  private final CurrentIdentity identity;

  NotificationResource(Notifications notifications, CurrentIdentity identity) {
    this.notifications = notifications;
    this.identity = identity;
  }

  @GET
  @Operation(
      summary = "List notifications",
      description =
          "Newest first. unread=true for unread only; type (a rule type) to filter; limit 1-200"
              + " (default 50); cursor from nextCursor.")
  @APIResponse(responseCode = "200", description = "{items, nextCursor}")
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: limit, type or cursor",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Page<NotificationView>> list(
      @QueryParam("unread") String unread,
      @QueryParam("type") String type,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return notifications.page(
        identity.get(), flag("unread", unread), type, cursor, Pages.limit(limit));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a notification")
  @APIResponse(responseCode = "200", description = "the notification")
  @APIResponse(
      responseCode = "404",
      description = "not_found: none of the caller's has this id",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<NotificationView> get(@PathParam("id") String id) {
    return notifications.get(identity.get(), Ids.of(id, "notification"));
  }

  @POST
  @Path("/mark-read")
  @Operation(
      summary = "Mark notifications read",
      description = "Body {ids: [...]} marks those; no body, or no ids, marks all of the caller's.")
  @APIResponse(responseCode = "200", description = "{marked}: how many were unread")
  public Uni<Marked> markRead(MarkRead request) {
    List<UUID> ids = request == null ? null : request.ids();
    return notifications.markRead(identity.get(), ids).map(Marked::new);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a notification")
  @APIResponse(responseCode = "204", description = "deleted")
  @APIResponse(
      responseCode = "404",
      description = "not_found: none of the caller's has this id",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Void> delete(@PathParam("id") String id) {
    return notifications.delete(identity.get(), Ids.of(id, "notification"));
  }

  private static boolean flag(String name, String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ApiException.invalid(name + ": true or false");
  }
}
