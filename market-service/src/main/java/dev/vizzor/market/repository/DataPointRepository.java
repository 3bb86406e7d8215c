package dev.vizzor.market.repository;

import static dev.vizzor.market.repository.TrackedItemRepository.utc;

import dev.vizzor.market.config.VelocityConfig;
import dev.vizzor.market.domain.DataPoint;
import dev.vizzor.market.domain.Granularity;
import dev.vizzor.market.domain.PointSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code data_points} table: one row per item, granularity and step. */
@ApplicationScoped
public class DataPointRepository {
  private final Pool pool;

  DataPointRepository(Pool pool) {
    this.pool = pool;
  }

  /** One series: an item's points of one granularity. */
  public record SeriesKey(String itemId, Granularity granularity) {}

  /**
   * The newest points of each series of an item, oldest first, and how many points each item has.
   */
  public record RecentPoints(Map<String, List<DataPoint>> byItem, Map<String, Long> countByItem) {}

  /**
   * Stores the points; a step already stored takes the new value and source, so recording the same
   * step twice leaves one row with the latest reading of that step.
   */
  public Uni<Void> upsert(SqlClient client, Collection<DataPoint> points) {
    if (points.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Tuple> rows = new ArrayList<>();
    for (DataPoint point : points) {
      PointSource source = point.source();
      rows.add(
          Tuple.from(
              Arrays.asList(
                  point.itemId(),
                  point.granularity().wire(),
                  utc(point.timestamp()),
                  point.value(),
                  source.id(),
                  source.title(),
                  source.url(),
                  utc(source.publishedAt()))));
    }
    return client
        .preparedQuery(
            "INSERT INTO data_points (item_id, granularity, observed_at, value, source_id,"
                + " source_title, source_url, source_published_at)"
                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
                + " ON CONFLICT (item_id, granularity, observed_at) DO UPDATE SET"
                + " value = EXCLUDED.value, source_id = EXCLUDED.source_id,"
                + " source_title = EXCLUDED.source_title, source_url = EXCLUDED.source_url,"
                + " source_published_at = EXCLUDED.source_published_at")
        .executeBatch(rows)
        .replaceWithVoid();
  }

  /** The newest step stored per series. */
  public Uni<Map<SeriesKey, Instant>> newestSteps() {
    return pool.query(
            "SELECT item_id, granularity, max(observed_at) AS newest FROM data_points"
                + " GROUP BY item_id, granularity")
        .execute()
        .map(
            rows -> {
              Map<SeriesKey, Instant> newest = new HashMap<>();
              for (Row row : rows) {
                newest.put(
                    new SeriesKey(row.getString("item_id"), granularity(row)),
                    row.getOffsetDateTime("newest").toInstant());
              }
              return newest;
            });
  }

  /**
   * Deletes points past their granularity's retention before {@code now} (the source's time), and
   * points after {@code now}: those can only come from an earlier run of a replay that has since
   * restarted or wrapped, and a series must not hold the replay's future.
   */
  public Uni<Integer> purge(SqlClient client, Instant now, VelocityConfig.Retention retention) {
    return client
        .preparedQuery(
            "DELETE FROM data_points WHERE (granularity = 'five_min' AND observed_at < $1)"
                + " OR (granularity = 'hourly' AND observed_at < $2)"
                + " OR (granularity = 'daily' AND observed_at < $3) OR observed_at > $4")
        .execute(
            Tuple.of(
                utc(now.minus(retention.fiveMin())),
                utc(now.minus(retention.hourly())),
                utc(now.minus(retention.daily())),
                utc(now)))
        .map(rows -> rows.rowCount());
  }

  /** The newest {@code perSeries} points of each series of the items, oldest first. */
  public Uni<RecentPoints> recent(Collection<String> itemIds, int perSeries) {
    return pool.preparedQuery(
            "SELECT item_id, granularity, observed_at, value, source_id, source_title, source_url,"
                + " source_published_at, item_points FROM ("
                + " SELECT p.*, row_number() OVER (PARTITION BY item_id, granularity"
                + " ORDER BY observed_at DESC) AS newest_rank,"
                + " count(*) OVER (PARTITION BY item_id) AS item_points"
                + " FROM data_points p WHERE item_id = ANY($1)) ranked"
                + " WHERE newest_rank <= $2 ORDER BY item_id, granularity, observed_at")
        .execute(Tuple.of(itemIds.toArray(String[]::new), perSeries))
        .map(
            rows -> {
              Map<String, List<DataPoint>> byItem = new HashMap<>();
              Map<String, Long> counts = new HashMap<>();
              for (Row row : rows) {
                DataPoint point = point(row);
                byItem.computeIfAbsent(point.itemId(), id -> new ArrayList<>()).add(point);
                counts.put(point.itemId(), row.getLong("item_points"));
              }
              return new RecentPoints(byItem, counts);
            });
  }

  private static DataPoint point(Row row) {
    OffsetDateTime published = row.getOffsetDateTime("source_published_at");
    return new DataPoint(
        row.getString("item_id"),
        granularity(row),
        row.getOffsetDateTime("observed_at").toInstant(),
        row.getDouble("value"),
        new PointSource(
            row.getString("source_id"),
            row.getString("source_title"),
            row.getString("source_url"),
            published.toInstant()));
  }

  private static Granularity granularity(Row row) {
    String wire = row.getString("granularity");
    for (Granularity granularity : Granularity.values()) {
      if (granularity.wire().equals(wire)) {
        return granularity;
      }
    }
    throw new IllegalStateException("unknown granularity in data_points: " + wire);
  }
}
