package dev.vizzor.orchestrator.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.vizzor.orchestrator.domain.MessageText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code local} provider: an analyst that needs no network and no model. It speaks the same
 * protocol as a real model, so the chat runs it through the same tool loop: on the user's message
 * it asks for the tools its {@link ToolPlan} names (those already answered in this turn, such as
 * the signals put in as context, are not asked again), and once their results are in it streams an
 * answer written from them alone ({@link AnswerWriter}).
 */
public final class LocalAnalyst implements StreamingChatModel {
  public static final String NAME = "local";
  public static final String MODEL = "vizzor-local-analyst-1";

  /** Word by word, the way a model streams (a word and the space before it). */
  private static final Pattern CHUNK = Pattern.compile("\\s*\\S+");

  /**
   * Its own tool requests' ids start with this; it asks once per message, so tools answered in
   * another shape (or failed) never make it ask forever.
   */
  private static final String OWN_IDS = "local-";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ToIntFunction<String> tokens;

  /**
   * @param tokens counts a text's tokens, for the usage it reports
   */
  public LocalAnalyst(ToIntFunction<String> tokens) {
    this.tokens = tokens;
  }

  @Override
  public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
    try {
      List<ChatMessage> messages = request.messages();
      int asked = lastUserMessage(messages);
      if (asked < 0) {
        handler.onError(new IllegalArgumentException("no user message to answer"));
        return;
      }
      Question question = QuestionReader.read(((UserMessage) messages.get(asked)).singleText());
      Turn turn = Turn.of(messages.subList(asked + 1, messages.size()));
      List<ToolExecutionRequest> missing = new ArrayList<>();
      for (ToolPlan.Step step : ToolPlan.of(question)) {
        if (!turn.answered(step.tool(), step.arguments())) {
          missing.add(
              ToolExecutionRequest.builder()
                  .id(OWN_IDS + (turn.requests() + missing.size() + 1))
                  .name(step.tool())
                  .arguments(step.arguments().toString())
                  .build());
        }
      }
      long input = inputTokens(messages);
      if (!missing.isEmpty() && turn.ownRounds() == 0) {
        handler.onCompleteResponse(
            ChatResponse.builder()
                .aiMessage(AiMessage.from(missing))
                .tokenUsage(new TokenUsage((int) input, 0))
                .finishReason(FinishReason.TOOL_EXECUTION)
                .modelName(MODEL)
                .build());
        return;
      }
      String answer = AnswerWriter.write(question, turn.toolResults());
      Matcher chunks = CHUNK.matcher(answer);
      while (chunks.find()) {
        handler.onPartialResponse(chunks.group());
      }
      handler.onCompleteResponse(
          ChatResponse.builder()
              .aiMessage(AiMessage.from(answer))
              .tokenUsage(new TokenUsage((int) input, tokens.applyAsInt(answer)))
              .finishReason(FinishReason.STOP)
              .modelName(MODEL)
              .build());
    } catch (RuntimeException e) {
      handler.onError(e);
    }
  }

  private long inputTokens(List<ChatMessage> messages) {
    long sum = 0;
    for (ChatMessage m : messages) {
      sum += tokens.applyAsInt(MessageText.of(m));
    }
    return sum;
  }

  private static int lastUserMessage(List<ChatMessage> messages) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i) instanceof UserMessage) {
        return i;
      }
    }
    return -1;
  }

  /** The tool requests and results since the user's message, in the order they were asked. */
  private record Turn(
      List<ToolExecutionRequest> asked, Map<String, String> results, int ownRounds) {
    static Turn of(List<ChatMessage> since) {
      List<ToolExecutionRequest> asked = new ArrayList<>();
      Map<String, String> results = new HashMap<>();
      int ownRounds = 0;
      for (ChatMessage m : since) {
        if (m instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
          asked.addAll(ai.toolExecutionRequests());
          ownRounds += ai.toolExecutionRequests().get(0).id().startsWith(OWN_IDS) ? 1 : 0;
        } else if (m instanceof ToolExecutionResultMessage result) {
          results.put(result.id(), result.text());
        }
      }
      return new Turn(asked, results, ownRounds);
    }

    int requests() {
      return asked.size();
    }

    boolean answered(String tool, JsonNode arguments) {
      for (ToolExecutionRequest r : asked) {
        if (r.name().equals(tool) && results.containsKey(r.id()) && sameArguments(r, arguments)) {
          return true;
        }
      }
      return false;
    }

    List<AnswerWriter.Result> toolResults() {
      List<AnswerWriter.Result> out = new ArrayList<>();
      for (ToolExecutionRequest r : asked) {
        String text = results.get(r.id());
        if (text == null) {
          continue;
        }
        JsonNode arguments = parse(r.arguments());
        JsonNode result = parse(text);
        JsonNode error = result.path("error");
        out.add(
            error.isTextual()
                ? new AnswerWriter.Result(r.name(), arguments, null, error.asText())
                : new AnswerWriter.Result(r.name(), arguments, result, null));
      }
      return out;
    }

    private static boolean sameArguments(ToolExecutionRequest r, JsonNode arguments) {
      return parse(r.arguments()).equals(arguments);
    }

    private static JsonNode parse(String text) {
      try {
        return JSON.readTree(text == null || text.isBlank() ? "{}" : text);
      } catch (Exception notJson) {
        return JSON.createObjectNode().put("error", text);
      }
    }
  }
}
