package dev.vizzor.prediction.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.prediction.domain.Series;
import dev.vizzor.prediction.domain.Watcher;
import dev.vizzor.strategy.Strategies;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The latest state of each watcher of {@code vizzor.watchers.changed}, and from it the series the
 * pipeline computes: each distinct (symbol, timeframe, strategy) some usable watcher watches.
 */
@ApplicationScoped
public class WatcherRepository {
  /**
   * Stores the change unless a newer one of the watcher is stored; equal times apply too, so that a
   * DELETE stamped with the row's own time still ends the watch.
   */
  private static final String APPLY =
      """
      INSERT INTO watchers (id, user_id, symbol, timeframe, strategy_type, strategy_params,
                            strategy_key, watching, problem, changed_at, event_id)
      VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $9, $10, $11)
      ON CONFLICT (id) DO UPDATE SET
        user_id = EXCLUDED.user_id, symbol = EXCLUDED.symbol, timeframe = EXCLUDED.timeframe,
        strategy_type = EXCLUDED.strategy_type, strategy_params = EXCLUDED.strategy_params,
        strategy_key = EXCLUDED.strategy_key, watching = EXCLUDED.watching,
        problem = EXCLUDED.problem, changed_at = EXCLUDED.changed_at, event_id = EXCLUDED.event_id
      WHERE watchers.changed_at <= EXCLUDED.changed_at
      """;

  private static final String SERIES =
      "SELECT DISTINCT timeframe, strategy_type, strategy_params::text AS params, strategy_key"
          + " FROM watchers WHERE symbol = $1 AND watching AND problem IS NULL";

  private static final String SYMBOLS_OF_USER =
      "SELECT DISTINCT symbol FROM watchers WHERE user_id = $1 AND watching AND problem IS NULL"
          + " ORDER BY symbol";

  private final Pool pool;
  private final ObjectMapper json;

  WatcherRepository(Pool pool, ObjectMapper json) {
    this.pool = pool;
    this.json = json;
  }

  /** Stores {@code watcher} with the caller's transaction; false when a newer state was there. */
  public Uni<Boolean> apply(SqlClient client, Watcher watcher) {
    return client
        .preparedQuery(APPLY)
        .execute(
            Tuple.from(
                new Object[] {
                  watcher.id(),
                  watcher.userId(),
                  watcher.symbol(),
                  watcher.timeframe(),
                  watcher.strategyType(),
                  JsonColumns.write(json, watcher.strategyParams()),
                  watcher.strategyKey(),
                  watcher.watching(),
                  watcher.problem(),
                  Timestamps.utc(watcher.changedAt()),
                  watcher.eventId()
                }))
        .map(rows -> rows.rowCount() == 1);
  }

  /** The series usable watchers of {@code symbol} watch now. */
  public Uni<List<Series>> series(String symbol) {
    return pool.preparedQuery(SERIES)
        .execute(Tuple.of(symbol))
        .map(rows -> rows.stream().map(row -> series(symbol, row)).toList());
  }

  /** The symbols {@code userId}'s usable watchers watch now. */
  public Uni<List<String>> symbolsOf(String userId) {
    return pool.preparedQuery(SYMBOLS_OF_USER)
        .execute(Tuple.of(userId))
        .map(rows -> rows.stream().map(row -> row.getString(0)).toList());
  }

  private Series series(String symbol, Row row) {
    Horizon timeframe = Horizon.parse(row.getString("timeframe")).orElseThrow();
    Map<String, Object> params = JsonColumns.object(json, row.getString("params"));
    return new Series(symbol, timeframe, Strategies.of(row.getString("strategy_type"), params));
  }
}
