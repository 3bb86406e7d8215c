package dev.vizzor.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.testsupport.KafkaTestResource;
import dev.vizzor.testsupport.PostgresServer;
import dev.vizzor.testsupport.PostgresTestResource;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.webhook.Deliveries;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs deploy/supabase/watchers-webhook.sql in a real PostgreSQL standing in for Supabase A and
 * posts what its functions produce: the service must accept the database's own signature.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class SupabaseSigningSqlTest {
  private static final Path SQL = Path.of("..", "deploy", "supabase", "watchers-webhook.sql");

  TestDatabase database;
  private String supabaseA;

  @BeforeEach
  void supabaseAWithTheTriggerInstalled() throws Exception {
    PostgresServer server = PostgresServer.get();
    supabaseA = server.createDatabase("vizzor_supabase_a");
    server.execute(
        supabaseA,
        """
        CREATE TABLE public.user_symbols (
          id bigint PRIMARY KEY, user_id uuid NOT NULL, symbol text NOT NULL,
          timeframe text, strategy jsonb, active boolean NOT NULL DEFAULT true,
          created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz)""");
    server.execute(
        supabaseA,
        "ALTER DATABASE " + supabaseA + " SET vizzor.webhook_url = 'http://127.0.0.1:1/unused'");
    server.execute(
        supabaseA,
        "ALTER DATABASE " + supabaseA + " SET vizzor.webhook_secret = '" + Deliveries.SECRET + "'");
    server.execute(supabaseA, Files.readString(SQL));
  }

  @AfterEach
  void dropSupabaseA() {
    PostgresServer.get().dropDatabase(supabaseA);
  }

  @Test
  void theServiceAcceptsTheBodyAndSignatureTheDatabaseComputes() throws Exception {
    String[] signed =
        signedByTheDatabase(
            "INSERT INTO user_symbols (id, user_id, symbol, timeframe, strategy, created_at)"
                + " VALUES (777001, '550e8400-e29b-41d4-a716-446655440000', 'SOL/USDT', '1h',"
                + " '{\"type\":\"momentum\",\"params\":{\"period\":14}}', '2025-09-30 12:00:00+00')"
                + " RETURNING vizzor_watcher_payload('INSERT', to_jsonb(user_symbols.*), NULL)");

    given()
        .contentType("application/json")
        .header("x-hmac-sha256", signed[1])
        .body(signed[0])
        .post(Deliveries.PATH)
        .then()
        .statusCode(200)
        .body("operation", equalTo("INSERT"))
        .body("symbol", equalTo("SOL/USDT"));

    assertEquals(
        1,
        database.count(
            "select count(*) from watchers where id = 777001 and strategy->>'type' = 'momentum'"));
  }

  /** Runs the statement (which yields the payload), then signs it with vizzor_sign. */
  private String[] signedByTheDatabase(String statement) throws Exception {
    try (Connection connection = PostgresServer.get().connect(supabaseA)) {
      String body;
      try (ResultSet rows = connection.createStatement().executeQuery(statement)) {
        rows.next();
        body = rows.getString(1);
      }
      try (PreparedStatement sign = connection.prepareStatement("select vizzor_sign(?, ?)")) {
        sign.setString(1, body);
        sign.setString(2, Deliveries.SECRET);
        try (ResultSet rows = sign.executeQuery()) {
          rows.next();
          return new String[] {body, rows.getString(1)};
        }
      }
    }
  }
}
