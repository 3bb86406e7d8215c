package dev.vizzor.webhook.repository;

import static dev.vizzor.webhook.repository.WatcherChangedEvents.ENQUEUE_APPLIED;

import dev.vizzor.webhook.domain.RowChange;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Applies a row change to {@code watchers} and enqueues its event in {@code outbox} with ONE
 * statement: a conditional upsert whose RETURNING feeds the outbox insert. One statement is one
 * transaction, so the change and its event are stored together or not at all, in one round trip.
 *
 * <p>An INSERT/UPDATE applies when it is newer than what is stored, or as new with other content;
 * on a tombstone only when strictly newer than the delete. A DELETE applies to any watcher not yet
 * deleted, whatever the times (its time is only when it was signed or received, not when the row
 * was deleted), and leaves a tombstone at the later of the two times. No row comes back, so nothing
 * is written, otherwise: a redelivered change has no second effect even without a delivery id. JSON
 * goes in as text and is parsed once, by PostgreSQL.
 */
@ApplicationScoped
public class WatcherRepository {
  private static final String UPSERT =
      """
      WITH applied AS (
        INSERT INTO watchers (id, user_id, symbol, timeframe, strategy, active, changed_at, deleted_at)
        VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, NULL)
        ON CONFLICT (id) DO UPDATE SET
          user_id = EXCLUDED.user_id, symbol = EXCLUDED.symbol, timeframe = EXCLUDED.timeframe,
          strategy = EXCLUDED.strategy, active = EXCLUDED.active,
          changed_at = EXCLUDED.changed_at, deleted_at = NULL,
          previous_symbol = CASE WHEN watchers.deleted_at IS NULL
                                 THEN NULLIF(watchers.symbol, EXCLUDED.symbol) END
        WHERE watchers.changed_at < EXCLUDED.changed_at
           OR (watchers.changed_at = EXCLUDED.changed_at AND watchers.deleted_at IS NULL
               AND (watchers.user_id, watchers.symbol, watchers.timeframe, watchers.strategy,
                    watchers.active)
                   IS DISTINCT FROM (EXCLUDED.user_id, EXCLUDED.symbol, EXCLUDED.timeframe,
                    EXCLUDED.strategy, EXCLUDED.active))
        RETURNING *)
      """
          + ENQUEUE_APPLIED;

  private static final String DELETE =
      """
      WITH applied AS (
        INSERT INTO watchers (id, user_id, symbol, timeframe, strategy, active, changed_at, deleted_at)
        VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $7)
        ON CONFLICT (id) DO UPDATE SET
          active = false,
          changed_at = GREATEST(watchers.changed_at, EXCLUDED.changed_at),
          deleted_at = GREATEST(watchers.changed_at, EXCLUDED.changed_at),
          previous_symbol = NULL
        WHERE watchers.deleted_at IS NULL
        RETURNING *)
      """
          + ENQUEUE_APPLIED;

  /** Emits true when the change was applied (and its event enqueued), false when it was not. */
  public Uni<Boolean> applyAndEnqueue(
      SqlClient client, RowChange change, String requestId, Instant now) {
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
              UUID.randomUUID(),
              change.operation().name(),
              requestId,
              now.atOffset(ZoneOffset.UTC)
            });
    return client.preparedQuery(sql).execute(params).map(rows -> rows.rowCount() > 0);
  }
}
