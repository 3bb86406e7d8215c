package dev.vizzor.orchestrator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.common.calls.ServiceCalls;
import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.orchestrator.domain.ChatContext;
import dev.vizzor.orchestrator.domain.ChatEvent;
import dev.vizzor.orchestrator.domain.ConversationCursor;
import dev.vizzor.orchestrator.domain.ConversationPage;
import dev.vizzor.orchestrator.domain.ConversationView;
import dev.vizzor.orchestrator.domain.InsufficientCredits;
import dev.vizzor.orchestrator.domain.MessageText;
import dev.vizzor.orchestrator.domain.ProvidersFailed;
import dev.vizzor.orchestrator.domain.Reservation;
import dev.vizzor.orchestrator.domain.ToolCall;
import dev.vizzor.orchestrator.domain.ToolNames;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A chat message from request to stored, paid answer (docs/CHAT.md): the message is checked against
 * the tier's tokens, its credits are held before any provider is called, the answer streams from
 * {@link ChatEngine}, and once finished it is stored and settled on its usage; a failed or
 * abandoned answer gets its credits back.
 */
@ApplicationScoped
public class ChatService {
  private static final Logger LOG = Logger.getLogger(ChatService.class);

  /** The model's standing instruction (the local analyst needs none). */
  public static final String SYSTEM =
      "You are Vizzor's crypto market analyst. Answer from the tools' results: call a tool for"
          + " every price, prediction, signal or figure you give, name where each number came"
          + " from (its source: replay or live), and say so when a tool failed instead of"
          + " guessing. Be brief.";

  /** A message about to be answered: where it is stored and its answer's events. */
  public record Prepared(UUID conversationId, UUID messageId, Multi<ChatEvent> events) {}

  private final ChatEngine engine;
  private final Credits credits;
  private final TokenCounter tokens;
  private final Tools tools;
  private final ServiceCalls calls;
  private final Conversations conversations;
  private final ObjectMapper json;
  private final Clock clock;

  ChatService(
      ChatEngine engine,
      Credits credits,
      TokenCounter tokens,
      Tools tools,
      ServiceCalls calls,
      Conversations conversations,
      ObjectMapper json,
      Clock clock) {
    this.engine = engine;
    this.credits = credits;
    this.tokens = tokens;
    this.tools = tools;
    this.calls = calls;
    this.conversations = conversations;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Vizzor {@code /v1/chat} and {@code /v1/chat/thread}: the message in a new conversation, or in
   * {@code conversationId} (the caller's, else 404), with as much of its history as the tier's
   * tokens allow.
   */
  public Uni<Prepared> converse(
      InternalIdentity caller, String requestId, String message, UUID conversationId) {
    int messageTokens = checked(caller, message);
    ServiceCall call = call(caller, requestId);
    Uni<List<ChatMessage>> history =
        conversationId == null
            ? Uni.createFrom().item(List.of())
            : conversations.history(
                caller.accountId(), conversationId, caller.maxTokens() - messageTokens, tokens);
    return history
        .chain(
            past -> {
              List<ChatMessage> messages = prompt(past, message, List.of());
              // stored only once its credits are held: a refused message writes nothing
              return holdAndReadCoolDowns(caller, messages)
                  .chain(
                      ready ->
                          conversations
                              .addUserMessage(
                                  caller.accountId(), conversationId, message, clock.instant())
                              .onFailure()
                              .call(() -> credits.refund(ready.hold()))
                              .map(conversation -> prepared(conversation, messages, call, ready)));
            })
        .onFailure(InsufficientCredits.class)
        .transform(ChatService::insufficient);
  }

  /** Zmarty {@code /chat}: one message, answered with the pipeline's context if asked for. */
  public Uni<Prepared> ask(
      InternalIdentity caller, String requestId, String message, ChatContext context) {
    checked(caller, message);
    ServiceCall call = call(caller, requestId);
    return contextMessages(context, caller, call)
        .chain(
            contextual -> {
              List<ChatMessage> messages = prompt(List.of(), message, contextual);
              return holdAndReadCoolDowns(caller, messages)
                  .map(ready -> prepared(null, messages, call, ready));
            })
        .onFailure(InsufficientCredits.class)
        .transform(ChatService::insufficient);
  }

  /** The standing instruction, the history, the message, then what was fetched for it. */
  private static List<ChatMessage> prompt(
      List<ChatMessage> history, String message, List<ChatMessage> fetched) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(SYSTEM));
    messages.addAll(history);
    messages.add(UserMessage.from(message));
    messages.addAll(fetched);
    return messages;
  }

  /** A message's credits held, and which providers are cooling down. */
  private record Ready(Reservation hold, Set<String> cooling) {}

  /**
   * The credit hold and the cool-down read at once, both before any provider is called. The read
   * never fails (Redis down reads as nothing cooling), so a hold is never left behind by it.
   */
  private Uni<Ready> holdAndReadCoolDowns(InternalIdentity caller, List<ChatMessage> messages) {
    return Uni.combine()
        .all()
        .unis(credits.hold(caller, inputTokens(messages)), engine.coolingNow())
        .with(Ready::new);
  }

  private Prepared prepared(
      UUID conversation, List<ChatMessage> messages, ServiceCall call, Ready ready) {
    UUID messageId = UUID.randomUUID();
    return new Prepared(
        conversation,
        messageId,
        paid(
            engine.answer(messages, call, ready.cooling()), ready.hold(), conversation, messageId));
  }

  public Uni<ConversationPage> conversations(InternalIdentity caller, String cursor, int limit) {
    ConversationCursor after;
    try {
      after = cursor == null || cursor.isBlank() ? null : ConversationCursor.decode(cursor);
    } catch (IllegalArgumentException notOurs) {
      throw ApiException.invalid("cursor: not a cursor this API gave");
    }
    return conversations.page(caller.accountId(), after, limit);
  }

  public Uni<ConversationView> conversation(InternalIdentity caller, UUID id) {
    return conversations.read(caller.accountId(), id);
  }

  /**
   * The answer's events, with its credits settled and the answer stored once it finished; the hold
   * refunded when it fails or the client goes away first.
   */
  private Multi<ChatEvent> paid(
      Multi<ChatEvent> answer, Reservation hold, UUID conversation, UUID messageId) {
    return answer
        .onItem()
        .transformToUniAndConcatenate(
            event -> {
              if (!(event instanceof ChatEvent.Finished finished)) {
                return Uni.createFrom().item(event);
              }
              Uni<Void> stored =
                  conversation == null
                      ? Uni.createFrom().voidItem()
                      : conversations.addAnswer(conversation, messageId, finished, clock.instant());
              return stored
                  .chain(() -> credits.settle(hold, finished.usage()))
                  .map(
                      settled ->
                          (ChatEvent)
                              new ChatEvent.Done(
                                  finished,
                                  conversation,
                                  messageId,
                                  settled.charged(),
                                  settled.balance()));
            })
        .onFailure()
        .call(
            failure -> {
              if (!(failure instanceof ProvidersFailed)) {
                LOG.errorf(failure, "chat message %s failed", messageId);
              }
              return credits.refund(hold);
            })
        .onCancellation()
        .call(() -> credits.refund(hold).replaceWithVoid());
  }

  /** The pipeline's signals as a tool call already made, so every provider reads them alike. */
  private Uni<List<ChatMessage>> contextMessages(
      ChatContext context, InternalIdentity caller, ServiceCall call) {
    boolean watched = context.symbols().isEmpty();
    if (!context.wanted() || (watched && caller.supabaseUser().isEmpty())) {
      return Uni.createFrom().item(List.of());
    }
    ObjectNode arguments = json.createObjectNode();
    if (watched) {
      arguments.put("watched_by_caller", true);
    } else {
      context.symbols().forEach(arguments.putArray("symbols")::add);
    }
    ToolExecutionRequest request =
        ToolExecutionRequest.builder()
            .id("context-1")
            .name(ToolNames.SIGNALS)
            .arguments(arguments.toString())
            .build();
    return (watched
            ? tools.watchedSignals(request, caller.supabaseUser().orElseThrow(), call)
            : tools.run(request, call))
        .map(
            ran ->
                List.of(
                    AiMessage.from(List.of(request)),
                    ToolExecutionResultMessage.from(request, contextText(ran, context))));
  }

  private String contextText(ToolCall ran, ChatContext context) {
    if (ran.failed()) {
      return json.createObjectNode().put("error", ran.error()).toString();
    }
    JsonNode result = ran.result().deepCopy();
    for (JsonNode series : result.path("series")) {
      if (!context.includeSignals()) {
        ((ObjectNode) series).remove("latest");
      }
      if (!context.includeWinRates()) {
        ((ObjectNode) series).remove("winRate");
      }
    }
    return result.toString();
  }

  private int checked(InternalIdentity caller, String message) {
    if (message == null || message.isBlank()) {
      throw ApiException.invalid("message: required, a non-empty string");
    }
    int count = tokens.count(message);
    if (count > caller.maxTokens()) {
      throw new ApiException(
          ApiError.of(
                  Problem.MESSAGE_TOO_LONG,
                  "The message has "
                      + count
                      + " tokens; your tier allows "
                      + caller.maxTokens()
                      + " per request")
              .with("max_tokens", caller.maxTokens())
              .with("tokens", count));
    }
    return count;
  }

  private long inputTokens(List<ChatMessage> messages) {
    long sum = 0;
    for (ChatMessage m : messages) {
      sum += tokens.count(MessageText.of(m));
    }
    return sum;
  }

  private ServiceCall call(InternalIdentity caller, String requestId) {
    return calls.onBehalfOf(caller, requestId == null ? "chat-" + UUID.randomUUID() : requestId);
  }

  private static Throwable insufficient(Throwable failure) {
    InsufficientCredits short_ = (InsufficientCredits) failure;
    return new ApiException(
        ApiError.of(Problem.INSUFFICIENT_CREDITS, short_.getMessage())
            .with("balance", short_.balance())
            .with("required", short_.required()));
  }
}
