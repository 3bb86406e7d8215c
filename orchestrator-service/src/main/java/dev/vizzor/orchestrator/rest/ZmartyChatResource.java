package dev.vizzor.orchestrator.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.ZmartyError;
import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.orchestrator.domain.ChatContext;
import dev.vizzor.orchestrator.domain.ChatEvent;
import dev.vizzor.orchestrator.service.ChatService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Zmarty's {@code POST /chat} (seed 002): JSON, or Server-Sent Events with {@code stream}. */
@Path("/chat")
@Tag(name = "chat")
public class ZmartyChatResource {
  /** Seed 002's request. */
  public record ZmartyRequest(String message, String mode, Boolean stream, ZmartyContext context) {}

  /** Seed 002's {@code context}. */
  public record ZmartyContext(
      @JsonProperty("include_signals") Boolean includeSignals,
      @JsonProperty("include_win_rates") Boolean includeWinRates,
      List<String> symbols) {}

  private final ChatService chats;
  private final CurrentIdentity identity;
  private final ObjectMapper json;
  private final Clock clock;

  ZmartyChatResource(ChatService chats, CurrentIdentity identity, ObjectMapper json, Clock clock) {
    this.chats = chats;
    this.identity = identity;
    this.json = json;
    this.clock = clock;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
  @Operation(
      summary = "Send a chat message to the AI analyst",
      description =
          "Body {message, mode: text, stream, context {include_signals, include_win_rates,"
              + " symbols}}. stream false: {provider, text, usage {input_tokens, output_tokens,"
              + " total_tokens}, credits_charged, credits_remaining, metadata {latency_ms,"
              + " model_version, timestamp}}. stream true: text/event-stream of data frames"
              + " {type: start, provider, timestamp}, {type: token, content}, {type: done, usage,"
              + " credits_charged, credits_remaining}.")
  @APIResponse(responseCode = "200", description = "the answer, or its event stream")
  @APIResponse(
      responseCode = "400",
      description = "invalid_request, message_too_long",
      content = @Content(schema = @Schema(implementation = ZmartyError.class)))
  @APIResponse(
      responseCode = "402",
      description = "insufficient_credits, with balance and required",
      content = @Content(schema = @Schema(implementation = ZmartyError.class)))
  @APIResponse(
      responseCode = "503",
      description = "all_providers_failed",
      content = @Content(schema = @Schema(implementation = ZmartyError.class)))
  @Blocking
  public Response chat(ZmartyRequest request, @HeaderParam("X-Request-Id") String requestId) {
    if (request == null) {
      throw ApiException.invalid(
          "the body must be JSON: {\"message\": \"What's the signal for BTC?\"}");
    }
    if (request.mode() != null && !request.mode().equals("text")) {
      throw ApiException.invalid(
          "mode: only \"text\" is served so far; \"voice\" is not available on this server");
    }
    Instant began = clock.instant();
    ChatService.Prepared prepared =
        chats
            .ask(identity.get(), requestId, request.message(), context(request.context()))
            .await()
            .atMost(ChatResource.PREPARE_TIMEOUT);
    if (Boolean.TRUE.equals(request.stream())) {
      return ZmartyStream.response(json, clock, prepared.events());
    }
    ChatEvent.Done done;
    try {
      done =
          (ChatEvent.Done)
              prepared
                  .events()
                  .filter(event -> event instanceof ChatEvent.Done)
                  .collect()
                  .last()
                  .await()
                  .indefinitely();
    } catch (RuntimeException failed) {
      throw ZmartyAnswers.beforeStart(failed);
    }
    return Response.ok(ZmartyAnswers.json(json, done, began, clock), MediaType.APPLICATION_JSON)
        .build();
  }

  private static ChatContext context(ZmartyContext given) {
    if (given == null) {
      return ChatContext.NONE;
    }
    return new ChatContext(
        Boolean.TRUE.equals(given.includeSignals()),
        Boolean.TRUE.equals(given.includeWinRates()),
        given.symbols() == null ? List.of() : given.symbols());
  }
}
