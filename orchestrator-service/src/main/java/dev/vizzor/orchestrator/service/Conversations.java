package dev.vizzor.orchestrator.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.orchestrator.domain.ChatEvent;
import dev.vizzor.orchestrator.domain.ConversationCursor;
import dev.vizzor.orchestrator.domain.ConversationPage;
import dev.vizzor.orchestrator.domain.ConversationView;
import dev.vizzor.orchestrator.domain.MessageView;
import dev.vizzor.orchestrator.repository.ConversationRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The caller's conversations: another account's is answered as if it did not exist (404), and the
 * history given to the model is the newest messages that fit the tier's tokens, whole, oldest
 * first.
 */
@ApplicationScoped
public class Conversations {
  static final int TITLE_LENGTH = 80;

  private final ConversationRepository repository;
  private final ObjectMapper json;
  private final Clock clock;

  Conversations(ConversationRepository repository, ObjectMapper json, Clock clock) {
    this.repository = repository;
    this.json = json;
    this.clock = clock;
  }

  /** The caller's conversation {@code id}, or a new one titled by its first message. */
  Uni<UUID> openFor(UUID accountId, UUID id, String firstMessage) {
    if (id != null) {
      return repository
          .find(accountId, id)
          .map(found -> found.orElseThrow(() -> notFound(id)).id());
    }
    UUID created = UUID.randomUUID();
    String title = firstMessage.strip().replaceAll("\\s+", " ");
    return repository
        .create(
            created,
            accountId,
            title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH - 1) + "…" : title,
            clock.instant())
        .replaceWith(created);
  }

  /** The newest user and assistant messages whose tokens sum to at most {@code budget}. */
  Uni<List<ChatMessage>> history(UUID conversation, int budget, TokenCounter tokens) {
    return repository
        .messages(conversation)
        .map(
            stored -> {
              List<ChatMessage> kept = new ArrayList<>();
              int left = budget;
              for (int i = stored.size() - 1; i >= 0; i--) {
                MessageView m = stored.get(i);
                int cost = tokens.count(m.content());
                if (cost > left) {
                  break;
                }
                left -= cost;
                kept.add(
                    m.role().equals("user")
                        ? UserMessage.from(m.content())
                        : AiMessage.from(m.content()));
              }
              Collections.reverse(kept);
              return kept;
            });
  }

  Uni<Void> addUserMessage(UUID conversation, String message, java.time.Instant at) {
    return repository.add(
        conversation,
        new MessageView(UUID.randomUUID(), "user", message, null, null, null, null, at));
  }

  Uni<Void> addAnswer(
      UUID conversation, UUID messageId, ChatEvent.Finished answer, java.time.Instant at) {
    return repository.add(
        conversation,
        new MessageView(
            messageId,
            "assistant",
            answer.text(),
            json.valueToTree(answer.toolCalls()),
            json.valueToTree(answer.usage()),
            answer.provider(),
            answer.model(),
            at));
  }

  Uni<ConversationPage> page(UUID accountId, ConversationCursor after, int limit) {
    return repository
        .page(
            accountId,
            after == null ? null : after.updatedAt(),
            after == null ? null : after.id(),
            limit + 1)
        .map(
            rows -> {
              boolean more = rows.size() > limit;
              List<ConversationView> items = more ? rows.subList(0, limit) : rows;
              ConversationView last = items.isEmpty() ? null : items.get(items.size() - 1);
              return new ConversationPage(
                  List.copyOf(items),
                  more ? new ConversationCursor(last.updatedAt(), last.id()).encode() : null);
            });
  }

  Uni<ConversationView> read(UUID accountId, UUID id) {
    return repository
        .find(accountId, id)
        .map(found -> found.orElseThrow(() -> notFound(id)))
        .chain(
            found ->
                repository
                    .messages(id)
                    .map(
                        messages ->
                            new ConversationView(
                                found.id(),
                                found.title(),
                                found.createdAt(),
                                found.updatedAt(),
                                messages)));
  }

  /** The text a stored or new message holds, for counting its tokens. */
  static String text(ChatMessage message) {
    return switch (message) {
      case UserMessage user -> user.hasSingleText() ? user.singleText() : "";
      case AiMessage ai -> ai.text() == null ? "" : ai.text();
      case SystemMessage system -> system.text();
      case ToolExecutionResultMessage result -> result.text();
      default -> "";
    };
  }

  private static ApiException notFound(UUID id) {
    return ApiException.notFound("conversation " + id + " does not exist");
  }
}
