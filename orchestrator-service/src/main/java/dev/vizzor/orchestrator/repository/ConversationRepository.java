package dev.vizzor.orchestrator.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.orchestrator.domain.ConversationView;
import dev.vizzor.orchestrator.domain.MessageView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conversations and their messages, always read through the owning account. */
@ApplicationScoped
public class ConversationRepository {
  private static final String CREATE =
      "INSERT INTO conversations (id, account_id, title, created_at, updated_at)"
          + " VALUES ($1, $2, $3, $4, $4)";
  private static final String FIND =
      "SELECT id, title, created_at, updated_at FROM conversations WHERE id = $1 AND account_id = $2";
  private static final String PAGE =
      "SELECT id, title, created_at, updated_at FROM conversations WHERE account_id = $1"
          + " AND ($2::timestamptz IS NULL OR (updated_at, id) < ($2, $3))"
          + " ORDER BY updated_at DESC, id DESC LIMIT $4";
  private static final String MESSAGES =
      "SELECT id, role, content, tool_calls::text AS tool_calls, usage::text AS usage, provider,"
          + " model, created_at FROM messages WHERE conversation_id = $1 ORDER BY seq";
  private static final String ADD =
      "WITH added AS (INSERT INTO messages (id, conversation_id, role, content, tool_calls, usage,"
          + " provider, model, created_at) VALUES ($1, $2, $3, $4, $5::text::jsonb,"
          + " $6::text::jsonb, $7, $8, $9) RETURNING conversation_id)"
          + " UPDATE conversations SET updated_at = $9 WHERE id = (SELECT conversation_id FROM"
          + " added)";

  private final Pool pool;
  private final ObjectMapper json;

  ConversationRepository(Pool pool, ObjectMapper json) {
    this.pool = pool;
    this.json = json;
  }

  public Uni<Void> create(UUID id, UUID accountId, String title, Instant now) {
    return pool.preparedQuery(CREATE)
        .execute(Tuple.of(id, accountId, title, utc(now)))
        .replaceWithVoid();
  }

  /** The conversation if {@code accountId} owns it, without its messages. */
  public Uni<Optional<ConversationView>> find(UUID accountId, UUID id) {
    return pool.preparedQuery(FIND)
        .execute(Tuple.of(id, accountId))
        .map(
            rows ->
                rows.iterator().hasNext()
                    ? Optional.of(conversation(rows.iterator().next()))
                    : Optional.empty());
  }

  /**
   * Up to {@code limit} conversations updated before the cursor's (updatedAt, id), newest first.
   */
  public Uni<List<ConversationView>> page(
      UUID accountId, Instant beforeUpdated, UUID beforeId, int limit) {
    return pool.preparedQuery(PAGE)
        .execute(
            Tuple.from(
                Arrays.asList(
                    accountId, beforeUpdated == null ? null : utc(beforeUpdated), beforeId, limit)))
        .map(
            rows -> {
              List<ConversationView> out = new ArrayList<>();
              rows.forEach(row -> out.add(conversation(row)));
              return out;
            });
  }

  public Uni<List<MessageView>> messages(UUID conversationId) {
    return pool.preparedQuery(MESSAGES)
        .execute(Tuple.of(conversationId))
        .map(
            rows -> {
              List<MessageView> out = new ArrayList<>();
              rows.forEach(row -> out.add(message(row)));
              return out;
            });
  }

  public Uni<Void> add(UUID conversationId, MessageView message) {
    return pool.preparedQuery(ADD)
        .execute(
            Tuple.from(
                Arrays.asList(
                    message.id(),
                    conversationId,
                    message.role(),
                    message.content(),
                    message.toolCalls() == null ? "[]" : message.toolCalls().toString(),
                    message.usage() == null ? null : message.usage().toString(),
                    message.provider(),
                    message.model(),
                    utc(message.createdAt()))))
        .replaceWithVoid();
  }

  private static ConversationView conversation(Row row) {
    return new ConversationView(
        row.getUUID("id"),
        row.getString("title"),
        row.getOffsetDateTime("created_at").toInstant(),
        row.getOffsetDateTime("updated_at").toInstant(),
        null);
  }

  private MessageView message(Row row) {
    return new MessageView(
        row.getUUID("id"),
        row.getString("role"),
        row.getString("content"),
        tree(row.getString("tool_calls")),
        tree(row.getString("usage")),
        row.getString("provider"),
        row.getString("model"),
        row.getOffsetDateTime("created_at").toInstant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A JSON column read as text, so Jackson (not Vert.x's JSON) gives the tree. */
  private JsonNode tree(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException("a stored JSON column does not parse", e);
    }
  }
}
