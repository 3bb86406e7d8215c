package dev.vizzor.webhook.repository;

import dev.vizzor.webhook.domain.RowChange;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/**
 * Applies row changes to {@code watchers}. Each statement is a single conditional upsert, so an
 * older change that arrives after a newer one finds {@code changed_at} ahead of it and writes
 * nothing. A delete leaves a tombstone for the same reason.
 */
@ApplicationScoped
public class WatcherRepository {
  private static final String UPSERT =
      """
      INSERT INTO watchers (id, user_id, symbol, timeframe, strategy, active, changed_at, deleted_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)
      ON CONFLICT (id) DO UPDATE SET
        user_id = EXCLUDED.user_id, symbol = EXCLUDED.symbol, timeframe = EXCLUDED.timeframe,
        strategy = EXCLUDED.strategy, active = EXCLUDED.active,
        changed_at = EXCLUDED.changed_at, deleted_at = NULL
      WHERE watchers.changed_at <= EXCLUDED.changed_at
      RETURNING id
      """;

  private static final String DELETE =
      """
      INSERT INTO watchers (id, user_id, symbol, timeframe, strategy, active, changed_at, deleted_at)
      VALUES ($1, $2, $3, $4, NULL, false, $5, $5)
      ON CONFLICT (id) DO UPDATE SET
        active = false, changed_at = EXCLUDED.changed_at, deleted_at = EXCLUDED.deleted_at
      WHERE watchers.changed_at <= EXCLUDED.changed_at
      RETURNING id
      """;

  /** Emits true when the change was applied, false when a newer one was already there. */
  public Uni<Boolean> apply(SqlConnection connection, RowChange change) {
    var changedAt = change.changedAt().atOffset(ZoneOffset.UTC);
    return switch (change.operation()) {
      case INSERT, UPDATE ->
          connection
              .preparedQuery(UPSERT)
              .execute(
                  Tuple.from(
                      new Object[] {
                        change.watcherId(),
                        change.userId(),
                        change.symbol(),
                        change.timeframe(),
                        change.strategyJson() == null
                            ? null
                            : new JsonObject(change.strategyJson()),
                        change.active(),
                        changedAt
                      }))
              .map(rows -> rows.rowCount() > 0);
      case DELETE ->
          connection
              .preparedQuery(DELETE)
              .execute(
                  Tuple.of(
                      change.watcherId(),
                      change.userId(),
                      change.symbol(),
                      change.timeframe(),
                      changedAt))
              .map(rows -> rows.rowCount() > 0);
    };
  }
}
