package dev.vizzor.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.testsupport.PostgresServer;
import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.webhook.Deliveries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs deploy/supabase/watchers-webhook.sql in a real PostgreSQL standing in for Supabase A and
 * posts what its functions produce: the service must accept the database's own signature. Where a
 * test needs pg_net or Vault, it installs a stand-in with the same interface: {@code net.http_post}
 * queues {@code convert_to(body::text, 'UTF8')} exactly as pg_net does, and {@code
 * vault.decrypted_secrets} is a view with Vault's columns.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class SupabaseSigningSqlTest {
  private static final Path SQL = Path.of("..", "deploy", "supabase", "watchers-webhook.sql");
  private static final String INSERT_ROW =
      "INSERT INTO user_symbols (id, user_id, symbol, timeframe, strategy, created_at)"
          + " VALUES (%d, '550e8400-e29b-41d4-a716-446655440000', 'SOL/USDT', '1h',"
          + " '{\"type\":\"momentum\",\"params\":{\"period\":14}}', '2025-09-30 12:00:00+00')";
  private static final String PG_NET =
      """
      CREATE SCHEMA net;
      CREATE TABLE net.sent (url text, body bytea, headers jsonb, timeout_milliseconds int);
      CREATE FUNCTION net.http_post(url text, body jsonb DEFAULT '{}', params jsonb DEFAULT '{}',
          headers jsonb DEFAULT '{"Content-Type": "application/json"}',
          timeout_milliseconds int DEFAULT 1000)
      RETURNS bigint LANGUAGE sql AS $$
        INSERT INTO net.sent VALUES (url, convert_to(body::text, 'UTF8'), headers, timeout_milliseconds);
        SELECT 1::bigint
      $$""";

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
    String body =
        queryText(
            INSERT_ROW.formatted(777001)
                + " RETURNING vizzor_watcher_payload('INSERT', to_jsonb(user_symbols.*), NULL)");
    String signature = queryText("select vizzor_sign(?, ?)", body, Deliveries.SECRET);

    assertEquals(body, queryText("select ?::jsonb::text", body), "pg_net would send other bytes");
    post(body, signature).statusCode(200).body("operation", equalTo("INSERT"));
    assertEquals(
        1,
        database.count(
            "select count(*) from watchers where id = 777001 and strategy->>'type' = 'momentum'"));
  }

  @Test
  void whatPgNetSendsIsByteForByteWhatTheTriggerSigned() throws Exception {
    PostgresServer.get().execute(supabaseA, PG_NET);

    execute(INSERT_ROW.formatted(777002));

    List<String> sent =
        queryRow(
            "select convert_from(body, 'UTF8'), headers->>'x-hmac-sha256',"
                + " headers->>'Content-Type', url from net.sent");
    assertEquals("application/json", sent.get(2));
    assertEquals("http://127.0.0.1:1/unused", sent.get(3));
    post(sent.get(0), sent.get(1)).statusCode(200).body("symbol", equalTo("SOL/USDT"));
  }

  @Test
  void pgNetWaitsAtLeastFiveSecondsForTheService() throws Exception {
    PostgresServer.get().execute(supabaseA, PG_NET);

    execute(INSERT_ROW.formatted(777003));

    assertTrue(Integer.parseInt(queryText("select timeout_milliseconds from net.sent")) >= 5000);
  }

  @Test
  void theSecretComesFromVaultWhenVaultHoldsIt() throws Exception {
    PostgresServer.get().execute(supabaseA, PG_NET);
    PostgresServer.get()
        .execute(
            supabaseA,
            "CREATE SCHEMA vault; CREATE VIEW vault.decrypted_secrets AS SELECT"
                + " 'vizzor_webhook_secret'::text AS name, '"
                + Deliveries.OLD_SECRET
                + "'::text AS decrypted_secret");

    execute(INSERT_ROW.formatted(777004));

    List<String> sent =
        queryRow("select convert_from(body, 'UTF8'), headers->>'x-hmac-sha256' from net.sent");
    assertEquals(
        Deliveries.hmacHex(Deliveries.OLD_SECRET, sent.get(0).getBytes("UTF-8")), sent.get(1));
    post(sent.get(0), sent.get(1)).statusCode(200);
  }

  @Test
  void aMissingUrlSettingFailsTheWriteSayingWhatToSet() {
    PostgresServer.get()
        .execute(supabaseA, "ALTER DATABASE " + supabaseA + " RESET vizzor.webhook_url");

    SQLException refused =
        assertThrows(SQLException.class, () -> execute(INSERT_ROW.formatted(777005)));

    assertTrue(
        refused.getMessage().contains("vizzor: the setting vizzor.webhook_url is missing"),
        refused.getMessage());
  }

  @Test
  void everyFunctionPinsItsSearchPath() throws Exception {
    for (String function :
        List.of("vizzor_watcher_payload", "vizzor_sign", "vizzor_send_watcher_change")) {
      assertEquals(
          "search_path=pg_catalog, public, extensions, pg_temp",
          queryText(
              "select coalesce(array_to_string(proconfig, ';'), '') from pg_proc where proname = ?",
              function),
          function);
    }
  }

  private io.restassured.response.ValidatableResponse post(String body, String signature) {
    return given()
        .contentType("application/json")
        .header("x-hmac-sha256", signature)
        .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post(Deliveries.PATH)
        .then();
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = PostgresServer.get().connect(supabaseA);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private String queryText(String sql, String... params) throws SQLException {
    return queryRow(sql, params).get(0);
  }

  private List<String> queryRow(String sql, String... params) throws SQLException {
    try (Connection connection = PostgresServer.get().connect(supabaseA);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setString(i + 1, params[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        String[] columns = new String[rows.getMetaData().getColumnCount()];
        for (int i = 0; i < columns.length; i++) {
          columns[i] = rows.getString(i + 1);
        }
        return List.of(columns);
      }
    }
  }
}
