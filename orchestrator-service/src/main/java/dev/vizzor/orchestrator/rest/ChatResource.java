package dev.vizzor.orchestrator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.orchestrator.service.ChatService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Vizzor's chat (seed 000): {@code POST /v1/chat} and {@code POST /v1/chat/thread}, over SSE. */
@Path("/v1/chat")
@Tag(name = "chat")
public class ChatResource {
  /** {@code conversationId} continues a conversation; without it one is created. */
  public record ChatRequest(String message, String conversationId) {}

  /** Reading the conversation and holding credits; the answer itself streams after. */
  static final Duration PREPARE_TIMEOUT = Duration.ofSeconds(30);

  private final ChatService chats;
  private final CurrentIdentity identity;
  private final ObjectMapper json;

  ChatResource(ChatService chats, CurrentIdentity identity, ObjectMapper json) {
    this.chats = chats;
    this.identity = identity;
    this.json = json;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary = "Ask the AI analyst; the answer streams as Server-Sent Events",
      description =
          "Body {message, conversationId?}. Frames: `conversation` {conversationId, messageId}"
              + " first; `token` {text} as text is generated; `tool_call` {id, name, arguments,"
              + " result, error} when a tool ran; `done` with the whole answer {conversationId,"
              + " messageId, text, toolCalls, usage {inputTokens, outputTokens, totalTokens},"
              + " provider, model, creditsCharged, creditsRemaining}; `error` {error {code,"
              + " message}} if the answer fails after it began.")
  @APIResponse(responseCode = "200", description = "the event stream")
  @APIResponse(
      responseCode = "400",
      description = "invalid_request (no message), message_too_long (over the tier's tokens)",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "402",
      description = "insufficient_credits",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "404",
      description = "not_found: the conversation is not the caller's",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "503",
      description = "service_unavailable: no LLM provider could answer",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @Blocking
  public Multi<OutboundSseEvent> chat(
      ChatRequest request, @HeaderParam("X-Request-Id") String requestId, @Context Sse sse) {
    return stream(request, false, requestId, sse);
  }

  @POST
  @Path("/thread")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary = "Reply inside an existing conversation; the same stream as POST /v1/chat",
      description = "Body {conversationId, message}; both required.")
  @APIResponse(responseCode = "200", description = "the event stream")
  @APIResponse(
      responseCode = "400",
      description = "invalid_request, message_too_long",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "402",
      description = "insufficient_credits",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "404",
      description = "not_found: the conversation is not the caller's",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @Blocking
  public Multi<OutboundSseEvent> thread(
      ChatRequest request, @HeaderParam("X-Request-Id") String requestId, @Context Sse sse) {
    return stream(request, true, requestId, sse);
  }

  private Multi<OutboundSseEvent> stream(
      ChatRequest request, boolean inThread, String requestId, Sse sse) {
    if (request == null) {
      throw ApiException.invalid("the body must be JSON: {\"message\": \"price of BTC\"}");
    }
    UUID conversationId = conversation(request.conversationId(), inThread);
    // Prepared before the stream opens: an SSE response's head goes out when it opens, so a
    // 400, 402 or 404 must be known first.
    ChatService.Prepared prepared =
        chats
            .converse(identity.get(), requestId, request.message(), conversationId)
            .await()
            .atMost(PREPARE_TIMEOUT);
    return VizzorFrames.of(
        sse, json, prepared.conversationId(), prepared.messageId(), prepared.events());
  }

  private static UUID conversation(String id, boolean required) {
    if (id == null || id.isBlank()) {
      if (required) {
        throw ApiException.invalid("conversationId: required");
      }
      return null;
    }
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notUuid) {
      throw ApiException.notFound("conversation " + id + " does not exist");
    }
  }
}
