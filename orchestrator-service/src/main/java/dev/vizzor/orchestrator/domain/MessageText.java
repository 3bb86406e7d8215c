package dev.vizzor.orchestrator.domain;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;

/** The text a chat message puts before a model, for counting its tokens. */
public final class MessageText {
  private MessageText() {}

  public static String of(ChatMessage message) {
    return switch (message) {
      case UserMessage user -> user.hasSingleText() ? user.singleText() : "";
      case AiMessage ai ->
          ai.text() != null
              ? ai.text()
              : ai.hasToolExecutionRequests() ? String.valueOf(ai.toolExecutionRequests()) : "";
      case SystemMessage system -> system.text();
      case ToolExecutionResultMessage result -> result.text();
      default -> "";
    };
  }
}
