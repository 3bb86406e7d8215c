package dev.vizzor.orchestrator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.ApiFamily;
import dev.vizzor.common.error.Problem;
import dev.vizzor.orchestrator.domain.ChatEvent;
import dev.vizzor.orchestrator.domain.ProvidersFailed;
import dev.vizzor.orchestrator.domain.SpokenAudio;
import dev.vizzor.orchestrator.domain.Usage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Zmarty's {@code /chat} answers (seed 002), field for field: the JSON of {@code stream: false},
 * and the {@code data:} frames of {@code stream: true} ({@code start}, {@code token}, {@code
 * done}). No provider answering before the stream began is a 503 {@code all_providers_failed}; a
 * failure after it began is a last frame {@code {"type":"error", ...}} in the flat envelope.
 */
final class ZmartyAnswers {
  private ZmartyAnswers() {}

  static ObjectNode json(
      ObjectMapper json,
      ChatEvent.Done done,
      Optional<SpokenAudio> audio,
      Instant began,
      Clock clock) {
    ObjectNode body = json.createObjectNode();
    body.put("provider", done.answer().provider());
    body.put("text", done.answer().text());
    body.set("usage", usage(json, done.answer().usage()));
    body.put("credits_charged", done.creditsCharged());
    body.put("credits_remaining", done.creditsRemaining());
    audio.ifPresent(spoken -> putAudio(body, spoken));
    Instant now = clock.instant();
    body.putObject("metadata")
        .put("latency_ms", Duration.between(began, now).toMillis())
        .put("model_version", done.answer().model())
        .put("timestamp", now.toString());
    return body;
  }

  /** A failure before anything was sent, as the error answer it stands for. */
  static RuntimeException beforeStart(RuntimeException failure) {
    return failure instanceof ProvidersFailed
        ? new ApiException(
            Problem.ALL_PROVIDERS_FAILED, "All LLM providers are currently unavailable")
        : failure;
  }

  /** Seed 002 has {@code audio_url} only for {@code mode: "voice"}; why it is null, beside it. */
  private static void putAudio(ObjectNode body, SpokenAudio audio) {
    body.put("audio_url", audio.url());
    if (audio.error() != null) {
      body.put("audio_error", audio.error());
    }
  }

  /** A frame of the stream; the {@code done} frame carries the audio of {@code mode: "voice"}. */
  static ObjectNode frame(
      ObjectMapper json, Clock clock, ChatEvent event, Optional<SpokenAudio> audio) {
    ObjectNode frame = json.createObjectNode();
    switch (event) {
      case ChatEvent.Started started ->
          frame
              .put("type", "start")
              .put("provider", started.provider())
              .put("timestamp", clock.instant().toString());
      case ChatEvent.Token token -> frame.put("type", "token").put("content", token.text());
      case ChatEvent.Done done -> {
        frame.put("type", "done");
        frame.set("usage", usage(json, done.answer().usage()));
        frame.put("credits_charged", done.creditsCharged());
        frame.put("credits_remaining", done.creditsRemaining());
        audio.ifPresent(spoken -> putAudio(frame, spoken));
      }
      default -> throw new IllegalStateException("not a frame: " + event);
    }
    return frame;
  }

  static ObjectNode error(ObjectMapper json, Throwable failure) {
    Problem problem =
        failure instanceof ProvidersFailed ? Problem.ALL_PROVIDERS_FAILED : Problem.INTERNAL;
    return json.createObjectNode()
        .put("type", "error")
        .put("error", ApiFamily.ZMARTY.code(problem))
        .put(
            "message",
            failure instanceof ProvidersFailed ? failure.getMessage() : "The answer failed");
  }

  private static ObjectNode usage(ObjectMapper json, Usage usage) {
    return json.createObjectNode()
        .put("input_tokens", usage.inputTokens())
        .put("output_tokens", usage.outputTokens())
        .put("total_tokens", usage.totalTokens());
  }
}
