package dev.vizzor.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.awaitility.Awaitility;

/** The database a test's application runs on, for independent reads of what it stored. */
public record TestDatabase(PostgresServer server, String name) {

  public Connection connect() throws SQLException {
    return server.connect(name);
  }

  /** Runs a query that yields one number, e.g. a {@code count(*)}. */
  public long count(String sql, Object... params) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs a query that yields one text value (null when there is no row). */
  public String text(String sql, Object... params) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * Waits until the service's outbox is empty: every event its changes made so far has been
   * acknowledged by Kafka. What a test then reads to the end of a topic is all there will be.
   */
  public void awaitOutboxDrained() {
    Awaitility.await("the outbox drained")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> count("select count(*) from outbox") == 0);
  }

  public void execute(String sql) {
    server.execute(name, sql);
  }
}
