package dev.vizzor.orchestrator.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
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
import java.time.Instant;
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

  Conversations(ConversationRepository repository, ObjectMapper json) {
    this.repository = repository;
    this.json = json;
  }

  /**
   * The newest user and assistant messages of the caller's conversation {@code id} (else 404) whose
   * tokens sum to at most {@code budget}, oldest first.
   */
  Uni<List<ChatMessage>> history(UUID accountId, UUID id, int budget, TokenCounter tokens) {
    return repository
        .find(accountId, id)
        .map(found -> found.orElseThrow(() -> notFound(id)))
        .chain(() -> repository.messages(id))
        .map(stored -> newestWithin(stored, budget, tokens));
  }

  private static List<ChatMessage> newestWithin(
      List<MessageView> stored, int budget, TokenCounter tokens) {
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
          m.role().equals("user") ? UserMessage.from(m.content()) : AiMessage.from(m.content()));
    }
    Collections.reverse(kept);
    return kept;
  }

  /**
   * Stores the user's message in conversation {@code id}, or in a new one titled by it when {@code
   * id} is null; the conversation's id.
   */
  Uni<UUID> addUserMessage(UUID accountId, UUID id, String message, Instant at) {
    Uni<UUID> conversation;
    if (id != null) {
      conversation = Uni.createFrom().item(id);
    } else {
      UUID created = UUID.randomUUID();
      String title = message.strip().replaceAll("\\s+", " ");
      conversation =
          repository
              .create(
                  created,
                  accountId,
                  title.length() > TITLE_LENGTH
                      ? title.substring(0, TITLE_LENGTH - 1) + "…"
                      : title,
                  at)
              .replaceWith(created);
    }
    return conversation.call(
        stored ->
            repository.add(
                stored,
                new MessageView(UUID.randomUUID(), "user", message, null, null, null, null, at)));
  }

  Uni<Void> addAnswer(UUID conversation, UUID messageId, ChatEvent.Finished answer, Instant at) {
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

  private static ApiException notFound(UUID id) {
    return ApiException.notFound("conversation " + id + " does not exist");
  }
}
