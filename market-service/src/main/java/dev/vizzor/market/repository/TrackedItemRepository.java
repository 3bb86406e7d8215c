package dev.vizzor.market.repository;

import dev.vizzor.market.domain.TrackedItem;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@code tracked_items} table. */
@ApplicationScoped
public class TrackedItemRepository {
  private final Pool pool;

  TrackedItemRepository(Pool pool) {
    this.pool = pool;
  }

  /**
   * Records the items as active. A new item starts with {@code now} as its first and last instant;
   * {@link #refreshSpan} then sets both from its points.
   */
  public Uni<Void> upsertActive(SqlClient client, Collection<TrackedItem> items, Instant now) {
    if (items.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    OffsetDateTime at = utc(now);
    List<Tuple> rows = new ArrayList<>();
    for (TrackedItem item : items) {
      rows.add(
          Tuple.from(
              Arrays.asList(
                  item.id(),
                  item.title(),
                  item.description(),
                  item.category(),
                  item.subcategory(),
                  at)));
    }
    return client
        .preparedQuery(
            "INSERT INTO tracked_items (id, title, description, category, subcategory, status,"
                + " first_seen, last_updated) VALUES ($1, $2, $3, $4, $5, 'active', $6, $6)"
                + " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title,"
                + " description = EXCLUDED.description, category = EXCLUDED.category,"
                + " subcategory = EXCLUDED.subcategory, status = 'active'")
        .executeBatch(rows)
        .replaceWithVoid();
  }

  /** Marks the items of {@code category} that are not in {@code activeIds} inactive. */
  public Uni<Void> deactivateOthers(
      SqlClient client, String category, Collection<String> activeIds) {
    return client
        .preparedQuery(
            "UPDATE tracked_items SET status = 'inactive'"
                + " WHERE category = $1 AND status = 'active' AND NOT (id = ANY($2))")
        .execute(Tuple.of(category, activeIds.toArray(String[]::new)))
        .replaceWithVoid();
  }

  /**
   * Sets each item's first instant to its earliest step ever (kept after old points are purged) and
   * its last update to when its newest point was published.
   */
  public Uni<Void> refreshSpan(SqlClient client, Collection<String> ids) {
    return client
        .preparedQuery(
            "UPDATE tracked_items t SET first_seen = LEAST(t.first_seen, p.first_step),"
                + " last_updated = p.last_published"
                + " FROM (SELECT item_id, min(observed_at) AS first_step,"
                + " max(source_published_at) AS last_published"
                + " FROM data_points WHERE item_id = ANY($1) GROUP BY item_id) p"
                + " WHERE t.id = p.item_id")
        .execute(Tuple.of(ids.toArray(String[]::new)))
        .replaceWithVoid();
  }

  /** Items of a category and status (empty = any), by id. */
  public Uni<List<TrackedItem>> list(Optional<String> category, Optional<String> status) {
    return pool.preparedQuery(
            "SELECT id, title, description, category, subcategory, status, first_seen,"
                + " last_updated FROM tracked_items"
                + " WHERE ($1::text IS NULL OR category = $1)"
                + " AND ($2::text IS NULL OR status = $2) ORDER BY id")
        .execute(Tuple.of(category.orElse(null), status.orElse(null)))
        .map(
            rows -> {
              List<TrackedItem> items = new ArrayList<>();
              for (Row row : rows) {
                items.add(item(row));
              }
              return items;
            });
  }

  private static TrackedItem item(Row row) {
    return new TrackedItem(
        row.getString("id"),
        row.getString("title"),
        row.getString("description"),
        row.getString("category"),
        row.getString("subcategory"),
        row.getString("status"),
        row.getOffsetDateTime("first_seen").toInstant(),
        row.getOffsetDateTime("last_updated").toInstant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
