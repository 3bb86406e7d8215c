package dev.vizzor.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The fallback path: with no server configured, tests still get a real PostgreSQL and Redis. */
class EmbeddedServersTest {

  @Test
  void embeddedPostgresServesADatabaseOfItsOwn() throws Exception {
    PostgresServer server = PostgresServer.startEmbedded();
    assertTrue(server.embedded());
    String database = server.createDatabase("vizzor_embedded");
    try (Connection connection = server.connect(database);
        ResultSet rows = connection.createStatement().executeQuery("select current_database()")) {
      rows.next();
      assertEquals(database, rows.getString(1));
    } finally {
      server.dropDatabase(database);
    }
  }

  @Test
  void embeddedRedisAnswersPing() throws Exception {
    RedisServerHandle redis = RedisServerHandle.startEmbedded();
    assertTrue(redis.embedded());
    URI uri = URI.create(redis.url());
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      var reader =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      assertEquals("+PONG", reader.readLine());
    }
  }
}
