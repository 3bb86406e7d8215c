package dev.vizzor.orchestrator.rest;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.orchestrator.domain.ConversationPage;
import dev.vizzor.orchestrator.domain.ConversationView;
import dev.vizzor.orchestrator.service.ChatService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's conversations (seed 000): a page of them, and one with its messages. */
@Path("/v1/conversations")
@Tag(name = "chat")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private final ChatService chats;
  private final CurrentIdentity identity;

  ConversationResource(ChatService chats, CurrentIdentity identity) {
    this.chats = chats;
    this.identity = identity;
  }

  @GET
  @Operation(
      summary = "The caller's conversations, newest first",
      description = "limit 1–100 (default 20); cursor: the nextCursor of the page before.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = ConversationPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: a bad limit or cursor",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<ConversationPage> list(
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    return chats.conversations(identity.get(), cursor, limit(limit));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One of the caller's conversations with its messages, oldest first")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = ConversationView.class)))
  @APIResponse(
      responseCode = "404",
      description = "not_found: no such conversation of the caller's",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<ConversationView> read(@PathParam("id") String id) {
    UUID parsed;
    try {
      parsed = UUID.fromString(id);
    } catch (IllegalArgumentException notUuid) {
      throw ApiException.notFound("conversation " + id + " does not exist");
    }
    return chats.conversation(identity.get(), parsed);
  }

  private static int limit(String given) {
    if (given == null || given.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(given);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException notNumber) {
      // answered below
    }
    throw ApiException.invalid("limit: a whole number from 1 to " + MAX_LIMIT + ", not " + given);
  }
}
