package dev.vizzor.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The normal path: each caller gets a fresh database of its own on the chosen server. */
class ConfiguredServersTest {

  @Test
  void twoCallersGetTwoDifferentDatabasesThatAreDroppedAfterwards() throws Exception {
    PostgresServer server = PostgresServer.get();
    String first = server.createDatabase("vizzor_iso");
    String second = server.createDatabase("vizzor_iso");
    assertNotEquals(first, second);
    server.dropDatabase(first);
    server.dropDatabase(second);
    try (Connection connection = server.connect("postgres");
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "select count(*) from pg_database where datname in ('"
                        + first
                        + "','"
                        + second
                        + "')")) {
      rows.next();
      assertEquals(0, rows.getInt(1));
    }
  }
}
