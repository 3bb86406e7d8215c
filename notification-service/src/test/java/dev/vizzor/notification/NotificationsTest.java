package dev.vizzor.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.testsupport.CloudEventAssert;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.MarketTicks;
import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alert rules and notifications over REST, and price rules fired by ticks on the real broker: each
 * hit stored once and published once on {@code vizzor.alerts.triggered} with the resource as its
 * value. Each test uses a symbol of its own, so the shared broker's ticks do not cross tests.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class NotificationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

  KafkaBroker broker;
  TestDatabase database;
  private MarketTicks ticks;

  @BeforeEach
  void ticksFlow() {
    ticks = new MarketTicks(broker);
    // the rules' consumer starts at the newest tick: publish until it has read one
    String probe = symbol();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              ticks.tick(UUID.randomUUID(), probe, "1", T0);
              return database.count("select count(*) from price_points where symbol = ?", probe)
                  > 0;
            });
  }

  @AfterEach
  void closeTicks() {
    ticks.close();
  }

  private static String symbol() {
    return "T" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
  }

  private static String token(UUID account, String tier) {
    return InternalTokenFixture.token()
        .claim("sub", account.toString())
        .claim("tier", tier)
        .signed();
  }

  private static Response post(UUID account, String path, String body) {
    return given()
        .auth()
        .oauth2(token(account, "pro"))
        .contentType("application/json")
        .body(body)
        .post(path);
  }

  private static JsonNode get(UUID account, String path) throws Exception {
    Response response = given().auth().oauth2(token(account, "pro")).get(path);
    assertEquals(200, response.statusCode(), path + ": " + response.asString());
    return JSON.readTree(response.asString());
  }

  private static UUID rule(UUID account, String body) throws Exception {
    Response created = post(account, "/v1/notifications/rules", body);
    assertEquals(201, created.statusCode(), created.asString());
    return UUID.fromString(JSON.readTree(created.asString()).get("id").asText());
  }

  private static void assertInvalid(Response response, String field) throws Exception {
    assertEquals(400, response.statusCode(), response.asString());
    JsonNode error = JSON.readTree(response.asString()).get("error");
    assertEquals("invalid_request", error.get("code").asText());
    assertTrue(error.get("message").asText().startsWith(field + ":"), error.toString());
  }

  @Test
  void rulesArePerAccountCheckedFieldByFieldAndCappedByTier() throws Exception {
    UUID owner = UUID.randomUUID();
    Response created =
        post(
            owner,
            "/v1/notifications/rules",
            "{\"type\":\"price_above\",\"symbol\":\"btc/usdt\",\"threshold\":70000}");
    assertEquals(201, created.statusCode(), created.asString());
    JsonNode rule = JSON.readTree(created.asString());
    assertEquals("price_above", rule.get("type").asText());
    assertEquals("BTC", rule.get("symbol").asText());
    assertEquals(0, new BigDecimal("70000").compareTo(rule.get("threshold").decimalValue()));
    assertEquals(300, rule.get("cooldownSeconds").asLong());
    assertFalse(rule.get("recurring").asBoolean());
    assertTrue(rule.get("active").asBoolean());
    assertEquals(
        "/v1/notifications/rules/" + rule.get("id").asText(),
        created.header("Location").replaceFirst("^https?://[^/]+", ""));

    JsonNode listed = get(owner, "/v1/notifications/rules");
    assertEquals(1, listed.get("items").size(), "/rules is the rule list, not a notification id");
    assertEquals(rule, listed.get("items").get(0));
    assertEquals(0, get(UUID.randomUUID(), "/v1/notifications/rules").get("items").size());

    String path = "/v1/notifications/rules/" + rule.get("id").asText();
    assertEquals(
        404, given().auth().oauth2(token(UUID.randomUUID(), "pro")).delete(path).statusCode());

    assertInvalid(post(owner, "/v1/notifications/rules", "{\"type\":\"price_up\"}"), "type");
    assertInvalid(
        post(owner, "/v1/notifications/rules", "{\"type\":\"price_above\",\"symbol\":\"BTC\"}"),
        "threshold");
    assertInvalid(
        post(owner, "/v1/notifications/rules", "{\"type\":\"price_below\",\"threshold\":1}"),
        "symbol");
    assertInvalid(
        post(
            owner,
            "/v1/notifications/rules",
            "{\"type\":\"pct_change\",\"symbol\":\"ETH\",\"percent\":5,\"window\":\"2d\"}"),
        "window");
    assertInvalid(
        post(
            owner,
            "/v1/notifications/rules",
            "{\"type\":\"prediction_emitted\",\"horizon\":\"2h\"}"),
        "horizon");
    assertEquals(1, get(owner, "/v1/notifications/rules").get("items").size(), "nothing written");

    assertEquals(204, given().auth().oauth2(token(owner, "pro")).delete(path).statusCode());
    assertEquals(404, given().auth().oauth2(token(owner, "pro")).delete(path).statusCode());

    UUID free = UUID.randomUUID();
    String body = "{\"type\":\"price_below\",\"symbol\":\"SOL\",\"threshold\":10}";
    for (int i = 0; i < 5; i++) {
      assertEquals(
          201,
          given()
              .auth()
              .oauth2(token(free, "free"))
              .contentType("application/json")
              .body(body)
              .post("/v1/notifications/rules")
              .statusCode());
    }
    Response sixth =
        given()
            .auth()
            .oauth2(token(free, "free"))
            .contentType("application/json")
            .body(body)
            .post("/v1/notifications/rules");
    assertEquals(409, sixth.statusCode(), "application.properties: free holds 5");
    assertEquals(5, database.count("select count(*) from alert_rules where account_id = ?", free));
  }

  @Test
  void aTickAtTheThresholdFiresTheRuleOnceAndPublishesTheNotificationAsTheApiShowsIt()
      throws Exception {
    String symbol = symbol();
    UUID owner = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    UUID sentinelOwner = UUID.randomUUID();
    UUID above = rule(owner, rule("price_above", symbol, "100", false));
    rule(other, rule("price_below", symbol, "50", true));
    try (TopicReader alerts = new TopicReader(broker, "vizzor.alerts.triggered")) {
      UUID tick = UUID.randomUUID();
      ticks.tick(tick, symbol, "120.5", T0);
      ticks.tick(tick, symbol, "120.5", T0); // the same event delivered again
      UUID sentinel = rule(sentinelOwner, rule("price_above", symbol, "200", false));
      ticks.tick(UUID.randomUUID(), symbol, "250", T0.plusSeconds(60));
      List<ConsumerRecord<String, String>> published =
          alerts.await(r -> r.key().equals(sentinelOwner.toString()), 1, Duration.ofSeconds(60));
      database.awaitOutboxDrained();
      List<ConsumerRecord<String, String>> mine =
          alerts.drain(r -> r.key().equals(owner.toString()));
      assertEquals(1, mine.size(), "one hit, one event, though the tick came twice");
      assertTrue(alerts.drain(r -> r.key().equals(other.toString())).isEmpty());

      JsonNode list = get(owner, "/v1/notifications");
      assertEquals(1, list.get("items").size());
      JsonNode notification = list.get("items").get(0);
      assertEquals("price_above", notification.get("type").asText());
      assertEquals(above.toString(), notification.get("ruleId").asText());
      assertEquals(symbol, notification.get("symbol").asText());
      assertEquals(
          symbol + " is at 120.5 USDT, at or above your 100 alert",
          notification.get("message").asText());
      assertEquals(
          0,
          new BigDecimal("120.5").compareTo(notification.get("data").get("price").decimalValue()));
      assertEquals(T0.toString(), notification.get("data").get("asOf").asText());
      assertFalse(notification.get("read").asBoolean());
      assertEquals(JSON.readTree(mine.get(0).value()), notification, "the event is the resource");
      String id = notification.get("id").asText();
      CloudEventAssert.assertCloudEvent(mine.get(0))
          .hasType("dev.vizzor.alert.triggered.v1")
          .isFrom("notification-service")
          .hasId(id)
          .hasSubject(id)
          .hasKey(owner.toString());
      assertEquals(
          notification, get(owner, "/v1/notifications/" + notification.get("id").asText()));
      assertFalse(
          get(owner, "/v1/notifications/rules").get("items").get(0).get("active").asBoolean(),
          "a one-shot rule ends when it fires");
      assertEquals(
          0,
          database.count(
              "select count(*) from notifications where rule_id = ? and data->>'price' = '250'",
              above),
          "the ended rule did not fire on the next tick");
      assertEquals(1, published.size());
      assertTrue(
          database.count("select count(*) from notifications where rule_id = ?", sentinel) == 1);
    }
  }

  @Test
  void priceCrossFiresOnTheMoveAndPctChangeOnTheWindowsStart() throws Exception {
    String symbol = symbol();
    UUID owner = UUID.randomUUID();
    UUID cross =
        rule(
            owner,
            "{\"type\":\"price_cross\",\"symbol\":\""
                + symbol
                + "\",\"threshold\":100,\"recurring\":true,\"cooldownSeconds\":0}");
    UUID rise =
        rule(
            owner,
            "{\"type\":\"pct_change\",\"symbol\":\""
                + symbol
                + "\",\"percent\":10,\"window\":\"1h\",\"recurring\":true,\"cooldownSeconds\":0}");
    String[][] path = {
      {"0", "90"}, {"10", "95"}, {"30", "105"}, {"40", "110"}, {"50", "99"}, {"70", "100.5"}
    };
    for (String[] step : path) {
      ticks.tick(
          UUID.randomUUID(), symbol, step[1], T0.plus(Duration.ofMinutes(Long.parseLong(step[0]))));
    }
    UUID last = UUID.randomUUID();
    UUID sentinel = rule(last, rule("price_above", symbol, "1000", false));
    ticks.tick(UUID.randomUUID(), symbol, "1001", T0.plus(Duration.ofMinutes(80)));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                database.count("select count(*) from notifications where rule_id = ?", sentinel)
                    == 1);
    // by hand: 95 -> 105 crosses up, 110 -> 99 down, 99 -> 100.5 up; 110 stays on its side
    assertEquals(
        List.of("105", "99", "100.5"), prices(owner, cross), "crossings of 100 in tick order");
    // by hand: at +70 min the price at or before +10 min is 95: +5.8 %; at +80 min, 95 again
    // (the +10 point): 1001 is +953.7 %; nothing else reaches +10 % over its hour
    assertEquals(List.of("1001"), prices(owner, rise));
    JsonNode moved =
        get(owner, "/v1/notifications?type=pct_change").get("items").get(0).get("data");
    assertEquals(0, new BigDecimal("95").compareTo(moved.get("windowStartPrice").decimalValue()));
    assertEquals(T0.plus(Duration.ofMinutes(10)).toString(), moved.get("windowStartAsOf").asText());
    assertEquals(0, new BigDecimal("953.68").compareTo(moved.get("changePercent").decimalValue()));
  }

  @Test
  void notificationsAreReadMarkedAndDeletedOnlyByTheirOwner() throws Exception {
    String symbol = symbol();
    UUID owner = UUID.randomUUID();
    rule(owner, rule("price_above", symbol, "1", true).replace("}", ",\"cooldownSeconds\":0}"));
    ticks.tick(UUID.randomUUID(), symbol, "2", T0);
    ticks.tick(UUID.randomUUID(), symbol, "3", T0.plusSeconds(60));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                database.count("select count(*) from notifications where account_id = ?", owner)
                    == 2);
    JsonNode two = get(owner, "/v1/notifications?limit=1");
    assertEquals(1, two.get("items").size());
    String newest = two.get("items").get(0).get("id").asText();
    JsonNode rest =
        get(owner, "/v1/notifications?limit=1&cursor=" + two.get("nextCursor").asText());
    String older = rest.get("items").get(0).get("id").asText();
    assertFalse(newest.equals(older));

    UUID stranger = UUID.randomUUID();
    assertEquals(
        404,
        given()
            .auth()
            .oauth2(token(stranger, "pro"))
            .get("/v1/notifications/" + newest)
            .statusCode());
    assertEquals(
        0,
        JSON.readTree(
                post(stranger, "/v1/notifications/mark-read", "{\"ids\":[\"" + newest + "\"]}")
                    .asString())
            .get("marked")
            .asInt());

    Response marked = post(owner, "/v1/notifications/mark-read", "{\"ids\":[\"" + newest + "\"]}");
    assertEquals(1, JSON.readTree(marked.asString()).get("marked").asInt());
    JsonNode unread = get(owner, "/v1/notifications?unread=true");
    assertEquals(1, unread.get("items").size());
    assertEquals(older, unread.get("items").get(0).get("id").asText());
    assertNull(unread.get("nextCursor").textValue());
    assertEquals(
        1,
        JSON.readTree(post(owner, "/v1/notifications/mark-read", "").asString())
            .get("marked")
            .asInt());
    assertEquals(0, get(owner, "/v1/notifications?unread=true").get("items").size());

    assertEquals(
        404,
        given()
            .auth()
            .oauth2(token(stranger, "pro"))
            .delete("/v1/notifications/" + newest)
            .statusCode());
    assertEquals(
        204,
        given()
            .auth()
            .oauth2(token(owner, "pro"))
            .delete("/v1/notifications/" + newest)
            .statusCode());
    assertEquals(1, get(owner, "/v1/notifications").get("items").size());
  }

  private static String rule(String type, String symbol, String threshold, boolean recurring) {
    return "{\"type\":\""
        + type
        + "\",\"symbol\":\""
        + symbol
        + "\",\"threshold\":"
        + threshold
        + ",\"recurring\":"
        + recurring
        + "}";
  }

  /** The prices a rule's notifications fired on, oldest first. */
  private List<String> prices(UUID account, UUID rule) throws Exception {
    JsonNode items = get(account, "/v1/notifications?limit=200").get("items");
    List<String> prices = new java.util.ArrayList<>();
    for (JsonNode item : items) {
      if (item.get("ruleId").asText().equals(rule.toString())) {
        prices.add(
            0, item.get("data").get("price").decimalValue().stripTrailingZeros().toPlainString());
      }
    }
    return prices;
  }
}
