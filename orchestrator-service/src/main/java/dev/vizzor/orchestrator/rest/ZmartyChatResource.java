package dev.vizzor.orchestrator.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.error.ZmartyError;
import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.orchestrator.domain.ChatContext;
import dev.vizzor.orchestrator.domain.ChatEvent;
import dev.vizzor.orchestrator.domain.SpokenAudio;
import dev.vizzor.orchestrator.service.ChatService;
import dev.vizzor.orchestrator.service.SpokenAnswers;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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

  /** ElevenLabs' timeout, then espeak-ng's, with room to store the clip. */
  private static final Duration SPEAKING_TIMEOUT = Duration.ofSeconds(45);

  private final ChatService chats;
  private final SpokenAnswers spoken;
  private final CurrentIdentity identity;
  private final ObjectMapper json;
  private final Clock clock;

  ZmartyChatResource(
      ChatService chats,
      SpokenAnswers spoken,
      CurrentIdentity identity,
      ObjectMapper json,
      Clock clock) {
    this.chats = chats;
    this.spoken = spoken;
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
          "Body {message, mode: text | voice, stream, context {include_signals,"
              + " include_win_rates, symbols}}. stream false: {provider, text, usage"
              + " {input_tokens, output_tokens, total_tokens}, credits_charged,"
              + " credits_remaining, audio_url (mode voice), metadata {latency_ms,"
              + " model_version, timestamp}}. stream true: text/event-stream of data frames"
              + " {type: start, provider, timestamp}, {type: token, content}, {type: done, usage,"
              + " credits_charged, credits_remaining, audio_url (mode voice)}. audio_url is a"
              + " path under the API's base URL (GET /chat/audio/{id}, the owner's credentials);"
              + " when no audio could be made it is null and audio_error says why.")
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
      description =
          "all_providers_failed; service_unavailable for mode voice without a" + " synthesiser",
      content = @Content(schema = @Schema(implementation = ZmartyError.class)))
  @Blocking
  public Response chat(ZmartyRequest request, @HeaderParam("X-Request-Id") String requestId) {
    if (request == null) {
      throw ApiException.invalid(
          "the body must be JSON: {\"message\": \"What's the signal for BTC?\"}");
    }
    boolean voice = voiceMode(request.mode());
    if (voice && !spoken.available()) {
      throw new ApiException(
          Problem.SERVICE_UNAVAILABLE,
          "mode voice: this server has no speech synthesiser (set VIZZOR_TTS_ELEVENLABS_KEY or"
              + " install espeak-ng)");
    }
    Instant began = clock.instant();
    UUID account = identity.get().accountId();
    Function<ChatEvent.Done, Optional<SpokenAudio>> audio =
        voice
            ? done ->
                Optional.of(
                    spoken.speak(account, done.answer().text()).await().atMost(SPEAKING_TIMEOUT))
            : done -> Optional.empty();
    ChatService.Prepared prepared =
        chats
            .ask(identity.get(), requestId, request.message(), context(request.context()))
            .await()
            .atMost(ChatResource.PREPARE_TIMEOUT);
    if (Boolean.TRUE.equals(request.stream())) {
      return ZmartyStream.response(json, clock, prepared.events(), audio);
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
    return Response.ok(
            ZmartyAnswers.json(json, done, audio.apply(done), began, clock),
            MediaType.APPLICATION_JSON)
        .build();
  }

  private static boolean voiceMode(String mode) {
    if (mode == null || mode.equals("text")) {
      return false;
    }
    if (mode.equals("voice")) {
      return true;
    }
    throw ApiException.invalid("mode: \"text\" or \"voice\"");
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
