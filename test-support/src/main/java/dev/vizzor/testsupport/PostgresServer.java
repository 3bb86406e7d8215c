package dev.vizzor.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server tests run against: the one named by {@code VIZZOR_PG_URL} (default
 * 127.0.0.1:5432) when it answers, otherwise an embedded real PostgreSQL started once per JVM. Each
 * caller gets its own database so repeated and parallel runs never see each other's rows.
 */
public final class PostgresServer {
  private static PostgresServer instance;

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final boolean embedded;

  private PostgresServer(String host, int port, String user, String password, boolean embedded) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
  }

  public static synchronized PostgresServer get() {
    if (instance == null) {
      instance = locate();
    }
    return instance;
  }

  private static PostgresServer locate() {
    URI url = URI.create(env("VIZZOR_PG_URL", "postgresql://127.0.0.1:5432"));
    String user = env("VIZZOR_PG_USER", "postgres");
    String password = env("VIZZOR_PG_PASSWORD", "");
    int port = url.getPort() < 0 ? 5432 : url.getPort();
    if (!Boolean.getBoolean("vizzor.test.embedded") && Ports.answers(url.getHost(), port)) {
      return new PostgresServer(url.getHost(), port, user, password, false);
    }
    return startEmbedded();
  }

  /** Starts a private embedded PostgreSQL, whatever is configured. */
  public static PostgresServer startEmbedded() {
    try {
      // zonky registers its own shutdown hook that stops the server and removes its files
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(Ports.free()).start();
      return new PostgresServer("127.0.0.1", postgres.getPort(), "postgres", "", true);
    } catch (IOException e) {
      throw new UncheckedIOException("no PostgreSQL answers and the embedded one did not start", e);
    }
  }

  /** Creates a database with a unique name starting with {@code prefix} and returns its name. */
  public String createDatabase(String prefix) {
    String name =
        (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    execute("postgres", "CREATE DATABASE " + name);
    return name;
  }

  public void dropDatabase(String name) {
    execute("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  public void execute(String database, String sql) {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused: " + sql, e);
    }
  }

  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), user, password);
  }

  public String jdbcUrl(String database) {
    return "jdbc:" + reactiveUrl(database);
  }

  public String reactiveUrl(String database) {
    return "postgresql://" + host + ":" + port + "/" + database;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public boolean embedded() {
    return embedded;
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
