package dev.vizzor.market.repository;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.SymbolNormalizer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The latest known state of each watcher, and from it which assets are watched. */
@ApplicationScoped
public class WatcherRepository {
  /**
   * Stores the change unless a newer one for the same watcher is already stored. Equal times apply
   * too, so that a DELETE stamped with the row's own time still ends the watch.
   */
  private static final String APPLY =
      """
      INSERT INTO watchers (id, symbol, watching, changed_at, event_id)
      VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (id) DO UPDATE SET
        symbol = EXCLUDED.symbol, watching = EXCLUDED.watching,
        changed_at = EXCLUDED.changed_at, event_id = EXCLUDED.event_id
      WHERE watchers.changed_at <= EXCLUDED.changed_at
      """;

  private static final String IS_WATCHED =
      "SELECT EXISTS (SELECT 1 FROM watchers WHERE symbol = $1 AND watching)";

  private static final String WATCHED = "SELECT DISTINCT symbol FROM watchers WHERE watching";

  private final Pool pool;

  WatcherRepository(Pool pool) {
    this.pool = pool;
  }

  /**
   * Stores the change with {@code client} (the caller's transaction); true when it was stored,
   * false when a newer state was already there.
   */
  public Uni<Boolean> apply(
      SqlClient client,
      long watcherId,
      Asset asset,
      boolean watching,
      Instant changedAt,
      UUID eventId) {
    return client
        .preparedQuery(APPLY)
        .execute(
            Tuple.of(
                watcherId, asset.toString(), watching, changedAt.atOffset(ZoneOffset.UTC), eventId))
        .map(rows -> rows.rowCount() == 1);
  }

  public Uni<Boolean> isWatched(Asset asset) {
    return pool.preparedQuery(IS_WATCHED)
        .execute(Tuple.of(asset.toString()))
        .map(rows -> rows.iterator().next().getBoolean(0));
  }

  /** Every asset with at least one active watcher. */
  public Uni<List<Asset>> watched() {
    return pool.preparedQuery(WATCHED)
        .execute()
        .map(rows -> rows.stream().map(WatcherRepository::asset).toList());
  }

  private static Asset asset(Row row) {
    return SymbolNormalizer.normalize(row.getString(0));
  }
}
