package dev.vizzor.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/** Creates each service's own database on the shared server when it does not exist yet. */
public final class DatabaseInitializer {
  private DatabaseInitializer() {}

  public static void ensure(PostgresProvider.Postgres postgres, List<String> databases) {
    Properties props = new Properties();
    props.setProperty("user", postgres.user());
    props.setProperty("password", postgres.password());
    // Seconds; a server that accepts TCP but never answers must not hang the start.
    props.setProperty("connectTimeout", "10");
    props.setProperty("socketTimeout", "30");
    String jdbc = "jdbc:" + postgres.url() + "/postgres";
    try (Connection connection = DriverManager.getConnection(jdbc, props)) {
      for (String database : databases) {
        if (!exists(connection, database)) {
          try (Statement statement = connection.createStatement()) {
            // Catalog names with a prefix checked to be a plain identifier (DatabasePrefix).
            statement.execute("CREATE DATABASE " + database);
          }
          System.out.println("  created database " + database);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create the service databases on " + postgres.url() + ": " + e.getMessage(), e);
    }
  }

  private static boolean exists(Connection connection, String database) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
