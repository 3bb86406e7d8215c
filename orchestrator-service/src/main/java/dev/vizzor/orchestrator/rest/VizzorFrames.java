package dev.vizzor.orchestrator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.common.error.ApiFamily;
import dev.vizzor.common.error.Problem;
import dev.vizzor.orchestrator.domain.ChatEvent;
import dev.vizzor.orchestrator.domain.ProvidersFailed;
import dev.vizzor.orchestrator.domain.Usage;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.UUID;

/**
 * Vizzor's chat stream (seed 000): {@code event: conversation} first (the conversation and the
 * answer's message ids), {@code token} frames, {@code tool_call} frames, and {@code done} with the
 * whole canonical response; a failure after the stream began is an {@code error} frame in the
 * Vizzor envelope.
 */
final class VizzorFrames {
  private VizzorFrames() {}

  static Multi<OutboundSseEvent> of(
      Sse sse, ObjectMapper json, UUID conversationId, UUID messageId, Multi<ChatEvent> events) {
    ObjectNode opening =
        json.createObjectNode()
            .put("conversationId", conversationId.toString())
            .put("messageId", messageId.toString());
    Multi<OutboundSseEvent> frames =
        events
            .filter(event -> !(event instanceof ChatEvent.Started))
            .map(event -> frame(sse, json, event))
            .onFailure()
            .recoverWithItem(failure -> error(sse, json, failure));
    return Multi.createBy()
        .concatenating()
        .streams(Multi.createFrom().item(named(sse, "conversation", opening.toString())), frames);
  }

  private static OutboundSseEvent frame(Sse sse, ObjectMapper json, ChatEvent event) {
    return switch (event) {
      case ChatEvent.Token token ->
          named(sse, "token", json.createObjectNode().put("text", token.text()).toString());
      case ChatEvent.ToolRan ran ->
          named(sse, "tool_call", json.valueToTree(ran.call()).toString());
      case ChatEvent.Done done -> named(sse, "done", done(json, done).toString());
      default -> throw new IllegalStateException("not a frame: " + event);
    };
  }

  static ObjectNode done(ObjectMapper json, ChatEvent.Done done) {
    ObjectNode body = json.createObjectNode();
    body.put("conversationId", done.conversationId().toString());
    body.put("messageId", done.messageId().toString());
    body.put("text", done.answer().text());
    body.set("toolCalls", json.valueToTree(done.answer().toolCalls()));
    Usage usage = done.answer().usage();
    body.putObject("usage")
        .put("inputTokens", usage.inputTokens())
        .put("outputTokens", usage.outputTokens())
        .put("totalTokens", usage.totalTokens());
    body.put("provider", done.answer().provider());
    body.put("model", done.answer().model());
    body.put("creditsCharged", done.creditsCharged());
    body.put("creditsRemaining", done.creditsRemaining());
    return body;
  }

  private static OutboundSseEvent error(Sse sse, ObjectMapper json, Throwable failure) {
    Problem problem =
        failure instanceof ProvidersFailed ? Problem.ALL_PROVIDERS_FAILED : Problem.INTERNAL;
    String message =
        failure instanceof ProvidersFailed ? failure.getMessage() : "The answer failed";
    ObjectNode body = json.createObjectNode();
    body.putObject("error").put("code", ApiFamily.VIZZOR.code(problem)).put("message", message);
    return named(sse, "error", body.toString());
  }

  private static OutboundSseEvent named(Sse sse, String name, String data) {
    return sse.newEventBuilder().name(name).data(data).build();
  }
}
