package dev.vizzor.orchestrator.domain;

import java.util.List;

/**
 * What a message's answer streams, in order: started, tokens and tool runs, finished (from the
 * provider), done (stored and paid for).
 */
public sealed interface ChatEvent {
  /** The provider whose answer follows; sent just before its first token, once per answer. */
  record Started(String provider, String model) implements ChatEvent {}

  record Token(String text) implements ChatEvent {}

  record ToolRan(ToolCall call) implements ChatEvent {}

  record Finished(String text, List<ToolCall> toolCalls, Usage usage, String provider, String model)
      implements ChatEvent {}

  /** The answer stored and paid for: what it cost and what the account holds after. */
  record Done(
      Finished answer,
      java.util.UUID conversationId,
      java.util.UUID messageId,
      long creditsCharged,
      long creditsRemaining)
      implements ChatEvent {}
}
