package dev.vizzor.webhook.repository;

import dev.vizzor.webhook.domain.RowChange;
import dev.vizzor.webhook.messaging.OutboxEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/**
 * Applies a row change to {@code watchers} and enqueues its event in {@code outbox} with ONE
 * statement: a conditional upsert whose RETURNING feeds the outbox insert. One statement is one
 * transaction, so the change and its event are stored together or not at all, in one round trip.
 *
 * <p>No row comes back, so nothing is written, when the change is older than what is stored, when
 * it is an exact replay (same time, same content), or when it deletes a watcher already deleted: a
 * redelivered change has no second effect even without a delivery id. A delete leaves a tombstone
 * so a late, older insert cannot bring the watcher back. JSON goes in as text and is parsed once,
 * by PostgreSQL.
 */
@ApplicationScoped
public class WatcherRepository {
  private static final String ENQUEUE =
      """
      INSERT INTO outbox (event_id, topic, event_key, event_type, subject, request_id, payload, created_at)
      SELECT $8::uuid, $9::text, $10::text, $11::text, $12::text, $13::text, $14::text::jsonb, $15::timestamptz
      FROM applied
      """;

  private static final String UPSERT =
      """
      WITH applied AS (
        INSERT INTO watchers (id, user_id, symbol, timeframe, strategy, active, changed_at, deleted_at)
        VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, NULL)
        ON CONFLICT (id) DO UPDATE SET
          user_id = EXCLUDED.user_id, symbol = EXCLUDED.symbol, timeframe = EXCLUDED.timeframe,
          strategy = EXCLUDED.strategy, active = EXCLUDED.active,
          changed_at = EXCLUDED.changed_at, deleted_at = NULL
        WHERE watchers.changed_at < EXCLUDED.changed_at
           OR (watchers.changed_at = EXCLUDED.changed_at
               AND (watchers.user_id, watchers.symbol, watchers.timeframe, watchers.strategy,
                    watchers.active, watchers.deleted_at IS NULL)
                   IS DISTINCT FROM (EXCLUDED.user_id, EXCLUDED.symbol, EXCLUDED.timeframe,
                    EXCLUDED.strategy, EXCLUDED.active, true))
        RETURNING id)
      """
          + ENQUEUE;

  private static final String DELETE =
      """
      WITH applied AS (
        INSERT INTO watchers (id, user_id, symbol, timeframe, strategy, active, changed_at, deleted_at)
        VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $7)
        ON CONFLICT (id) DO UPDATE SET
          active = false, changed_at = EXCLUDED.changed_at, deleted_at = EXCLUDED.deleted_at
        WHERE watchers.deleted_at IS NULL AND watchers.changed_at <= EXCLUDED.changed_at
        RETURNING id)
      """
          + ENQUEUE;

  /** Emits true when the change was applied (and its event enqueued), false when it was stale. */
  public Uni<Boolean> applyAndEnqueue(SqlClient client, RowChange change, OutboxEvent event) {
    String sql =
        switch (change.operation()) {
          case INSERT, UPDATE -> UPSERT;
          case DELETE -> DELETE;
        };
    Tuple params =
        Tuple.from(
            new Object[] {
              change.watcherId(),
              change.userId(),
              change.symbol(),
              change.timeframe(),
              change.strategy() == null ? null : change.strategy().toString(),
              change.active(),
              change.changedAt().atOffset(ZoneOffset.UTC),
              event.eventId(),
              event.topic(),
              event.key(),
              event.type(),
              event.subject(),
              event.requestId(),
              event.payload(),
              event.createdAt().atOffset(ZoneOffset.UTC)
            });
    return client.preparedQuery(sql).execute(params).map(rows -> rows.rowCount() > 0);
  }
}
