package dev.vizzor.notification.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.Outbox;
import dev.vizzor.common.paging.PageCursor;
import dev.vizzor.notification.domain.NotificationView;
import dev.vizzor.notification.domain.Push;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Notifications, read and changed through their owning account; a new one is stored with its {@code
 * vizzor.alerts.triggered} event in one transaction.
 */
@ApplicationScoped
public class NotificationRepository {
  private static final String COLUMNS =
      "id, type, rule_id, symbol, message, data::text AS data, read_at, created_at";
  private static final String INSERT =
      "INSERT INTO notifications (id, account_id, type, rule_id, symbol, message, data,"
          + " created_at) VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8)"
          + " ON CONFLICT (id) DO NOTHING";
  private static final String PAGE =
      "SELECT "
          + COLUMNS
          + " FROM notifications WHERE account_id = $1"
          + " AND ($2::boolean IS NOT TRUE OR read_at IS NULL)"
          + " AND ($3::text IS NULL OR type = $3)"
          + " AND ($4::timestamptz IS NULL OR (created_at, id) < ($4, $5))"
          + " ORDER BY created_at DESC, id DESC LIMIT $6";
  private static final String FIND =
      "SELECT " + COLUMNS + " FROM notifications WHERE id = $1 AND account_id = $2";
  private static final String MARK_ALL =
      "UPDATE notifications SET read_at = $2 WHERE account_id = $1 AND read_at IS NULL";
  private static final String MARK_SOME =
      "UPDATE notifications SET read_at = $2 WHERE account_id = $1 AND read_at IS NULL"
          + " AND id = ANY($3)";
  private static final String DELETE =
      "DELETE FROM notifications WHERE id = $1 AND account_id = $2";

  private final Pool pool;
  private final Outbox outbox;
  private final PushOutbox pushes;
  private final ObjectMapper json;

  NotificationRepository(Pool pool, Outbox outbox, PushOutbox pushes, ObjectMapper json) {
    this.pool = pool;
    this.outbox = outbox;
    this.pushes = pushes;
    this.json = json;
  }

  /**
   * Stores {@code view} for {@code accountId} with its event and its WebSocket message, unless a
   * notification with its id is already there (the same rule fired on the same event): then nothing
   * is written.
   */
  public Uni<Boolean> add(SqlClient tx, UUID accountId, NotificationView view) {
    String data = write(view.data());
    return tx.preparedQuery(INSERT)
        .execute(
            Tuple.from(
                new Object[] {
                  view.id(),
                  accountId,
                  view.type(),
                  view.ruleId(),
                  view.symbol(),
                  view.message(),
                  data,
                  RuleRepository.utc(view.createdAt())
                }))
        .chain(
            rows ->
                rows.rowCount() == 0
                    ? Uni.createFrom().item(false)
                    : outbox
                        .add(tx, AlertEvents.triggered(accountId, view, write(view)))
                        .call(() -> pushes.add(tx, alert(accountId, view), view.createdAt()))
                        .replaceWith(true));
  }

  private Push alert(UUID accountId, NotificationView view) {
    return new Push(Push.ALERT, view.id(), accountId, view.symbol(), null, json.valueToTree(view));
  }

  public Uni<List<NotificationView>> page(
      UUID accountId, boolean unreadOnly, String type, PageCursor after, int limit) {
    return pool.preparedQuery(PAGE)
        .execute(
            Tuple.from(
                new Object[] {
                  accountId,
                  unreadOnly,
                  type,
                  after == null ? null : RuleRepository.utc(after.at()),
                  after == null ? null : after.id(),
                  limit
                }))
        .map(
            rows -> {
              List<NotificationView> page = new ArrayList<>();
              rows.forEach(row -> page.add(view(row)));
              return page;
            });
  }

  public Uni<Optional<NotificationView>> find(UUID accountId, UUID id) {
    return pool.preparedQuery(FIND)
        .execute(Tuple.of(id, accountId))
        .map(
            rows ->
                rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
  }

  /** Marks the account's unread notifications read ({@code ids} null: all); emits how many. */
  public Uni<Integer> markRead(UUID accountId, List<UUID> ids, Instant now) {
    Uni<RowSet<Row>> marked =
        ids == null
            ? pool.preparedQuery(MARK_ALL).execute(Tuple.of(accountId, RuleRepository.utc(now)))
            : pool.preparedQuery(MARK_SOME)
                .execute(Tuple.of(accountId, RuleRepository.utc(now), ids.toArray(new UUID[0])));
    return marked.map(rows -> rows.rowCount());
  }

  public Uni<Boolean> delete(UUID accountId, UUID id) {
    return pool.preparedQuery(DELETE)
        .execute(Tuple.of(id, accountId))
        .map(rows -> rows.rowCount() == 1);
  }

  private NotificationView view(Row row) {
    OffsetDateTime read = row.getOffsetDateTime("read_at");
    try {
      return new NotificationView(
          row.getUUID("id"),
          row.getString("type"),
          row.getUUID("rule_id"),
          row.getString("symbol"),
          row.getString("message"),
          json.readTree(row.getString("data")),
          read != null,
          read == null ? null : read.toInstant(),
          row.getOffsetDateTime("created_at").toInstant());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored notification data is not JSON", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not serialisable: " + value, e);
    }
  }
}
