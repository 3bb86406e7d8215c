package dev.vizzor.market.rest;

import dev.vizzor.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rows the service stored, read back over JDBC, independently of its repositories. */
final class StoredRows {
  record Point(
      String itemId,
      String granularity,
      Instant observedAt,
      double value,
      String sourceId,
      String sourceTitle,
      String sourceUrl,
      Instant publishedAt) {}

  record Item(String id, String category, String status, Instant firstSeen, Instant lastUpdated) {}

  private StoredRows() {}

  private static final String POINTS =
      "SELECT item_id, granularity, observed_at, value, source_id, source_title, source_url,"
          + " source_published_at FROM data_points";

  /** One item's points, by granularity, oldest first. */
  static List<Point> points(TestDatabase db, String itemId) {
    return query(
        db, POINTS + " WHERE item_id = ? ORDER BY granularity, observed_at", itemId, POINT);
  }

  static List<Point> allPoints(TestDatabase db) {
    return query(
        db, POINTS + " WHERE item_id <> ? ORDER BY item_id, granularity, observed_at", "", POINT);
  }

  static List<Item> items(TestDatabase db) {
    return query(
        db,
        "SELECT id, category, status, first_seen, last_updated FROM tracked_items"
            + " WHERE id <> ? ORDER BY id",
        "",
        rows ->
            new Item(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                instant(rows, 4),
                instant(rows, 5)));
  }

  private interface RowReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private static final RowReader<Point> POINT =
      rows ->
          new Point(
              rows.getString(1),
              rows.getString(2),
              instant(rows, 3),
              rows.getDouble(4),
              rows.getString(5),
              rows.getString(6),
              rows.getString(7),
              instant(rows, 8));

  private static <T> List<T> query(TestDatabase db, String sql, String param, RowReader<T> reader) {
    try (Connection connection = db.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, param);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(reader.read(rows));
        }
        return result;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static Instant instant(ResultSet rows, int column) throws SQLException {
    Timestamp timestamp = rows.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
