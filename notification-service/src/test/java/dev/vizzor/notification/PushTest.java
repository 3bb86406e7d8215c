package dev.vizzor.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.MarketTicks;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code WS /ws} with the JDK's WebSocket client: an alert reaches its owner only, as the REST
 * resource; scheduled predictions reach every client; subscriptions narrow and widen; a client that
 * reconnects resumes from the last id it saw. Messages reach clients in one order (the push topic
 * has one partition), so a message that arrived proves every earlier one was delivered or withheld.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class PushTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/ws")
  URI ws;

  KafkaBroker broker;

  private URI socket() {
    return URI.create(ws.toString().replaceFirst("^http", "ws"));
  }

  private static String token(UUID account) {
    return InternalTokenFixture.token().claim("sub", account.toString()).signed();
  }

  private static String uniqueSymbol() {
    return "W" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
  }

  private static List<String> ids(List<JsonNode> messages) {
    return messages.stream().map(m -> m.path("id").asText()).toList();
  }

  /** The rule and push consumers start at the newest event: publish until one gets through. */
  @BeforeEach
  void waitForTheConsumers() throws Exception {
    try (PushClient client = new PushClient(socket(), token(UUID.randomUUID()));
        PredictionEvents producer = new PredictionEvents(broker)) {
      ObjectNode probe = PredictionEvents.scheduled(uniqueSymbol(), "advisory");
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> client.has(producer.emit(probe)) || !client.received().isEmpty());
    }
  }

  @Test
  void anAlertIsPushedToItsOwnerOnlyAndPredictionsToEveryone() throws Exception {
    UUID owner = UUID.randomUUID();
    String symbol = uniqueSymbol();
    try (PushClient mine = new PushClient(socket(), token(owner));
        PushClient theirs = new PushClient(socket(), token(UUID.randomUUID()));
        PredictionEvents producer = new PredictionEvents(broker);
        MarketTicks ticks = new MarketTicks(broker)) {
      ObjectNode prediction = PredictionEvents.scheduled(symbol, "tracked");
      UUID emitted = producer.emit(prediction);
      JsonNode pushed = mine.await(m -> m.path("id").asText().equals(emitted.toString()));
      assertEquals("prediction_emitted", pushed.get("type").asText());
      assertEquals(prediction, pushed.get("data"), "the prediction as the API shows it");

      String rule = "{\"type\":\"price_above\",\"symbol\":\"" + symbol + "\",\"threshold\":10}";
      given()
          .auth()
          .oauth2(token(owner))
          .contentType("application/json")
          .body(rule)
          .post("/v1/notifications/rules")
          .then()
          .statusCode(201);
      ticks.tick(UUID.randomUUID(), symbol, "11", Instant.parse("2024-03-01T00:00:00Z"));
      JsonNode alert = mine.await(m -> m.get("type").asText().equals("alert"));
      JsonNode resource =
          JSON.readTree(
              given()
                  .auth()
                  .oauth2(token(owner))
                  .get("/v1/notifications/" + alert.get("id").asText())
                  .asString());
      assertEquals(resource, alert.get("data"), "the notification as the API shows it");

      UUID sentinel = producer.emit(PredictionEvents.scheduled(symbol, "advisory"));
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> theirs.has(sentinel));
      assertTrue(
          theirs.received("alert").isEmpty(),
          "another account's alert is never pushed to this client: " + theirs.received());
    }
  }

  @Test
  void anOnDemandPredictionBelongsToWhoeverAskedAndIsNotPushed() throws Exception {
    String symbol = uniqueSymbol();
    try (PushClient client = new PushClient(socket(), token(UUID.randomUUID()));
        PredictionEvents producer = new PredictionEvents(broker)) {
      UUID onDemand =
          producer.emit(PredictionEvents.scheduled(symbol, "tracked").put("origin", "on_demand"));
      UUID scheduled = producer.emit(PredictionEvents.scheduled(symbol, "tracked"));
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> client.has(scheduled));
      assertTrue(!client.has(onDemand), client.received().toString());
    }
  }

  @Test
  void aSubscriptionNarrowsByTypeSymbolAndTierAndAnEmptyOneWidensAgain() throws Exception {
    String watched = uniqueSymbol();
    String other = uniqueSymbol();
    try (PushClient client = new PushClient(socket(), token(UUID.randomUUID()));
        PredictionEvents producer = new PredictionEvents(broker)) {
      client.send(
          "{\"type\":\"subscribe\",\"types\":[\"prediction_emitted\"],\"symbols\":[\""
              + watched.toLowerCase()
              + "usdt\"],\"tiers\":[\"tracked\",\"high-conviction\"]}");
      JsonNode subscribed = client.await(m -> m.path("type").asText().equals("subscribed"));
      assertEquals(
          JSON.readTree(
              "{\"types\":[\"prediction_emitted\"],\"symbols\":[\""
                  + watched
                  + "\"],\"tiers\":"
                  + subscribed.at("/data/tiers")
                  + "}"),
          subscribed.get("data"));
      assertEquals(2, subscribed.at("/data/tiers").size());

      UUID otherSymbol = producer.emit(PredictionEvents.scheduled(other, "tracked"));
      UUID lowTier = producer.emit(PredictionEvents.scheduled(watched, "advisory"));
      UUID wanted = producer.emit(PredictionEvents.scheduled(watched, "tracked"));
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> client.has(wanted));
      assertTrue(!client.has(otherSymbol) && !client.has(lowTier), client.received().toString());

      client.send("{\"type\":\"subscribe\"}");
      client.await(
          m -> m.path("type").asText().equals("subscribed") && m.at("/data/types").isNull());
      UUID anyTier = producer.emit(PredictionEvents.scheduled(other, "advisory"));
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> client.has(anyTier));
    }
  }

  @Test
  void aBadMessageIsAnsweredWithAnErrorNamingTheFieldAndTheSocketStaysOpen() throws Exception {
    try (PushClient client = new PushClient(socket(), token(UUID.randomUUID()));
        PredictionEvents producer = new PredictionEvents(broker)) {
      client.send("{\"type\":\"subscribe\",\"tiers\":[\"gold\"]}");
      JsonNode error = client.await(m -> m.path("type").asText().equals("error"));
      assertEquals("invalid_request", error.at("/data/code").asText());
      assertTrue(error.at("/data/message").asText().startsWith("tiers:"), error.toString());
      client.send("not json");
      client.send("{\"type\":\"resume\",\"lastId\":\"yesterday\"}");
      client.send("{\"type\":\"unsubscribe\"}");
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> client.received("error").size() == 4);
      assertTrue(client.received("error").get(2).at("/data/message").asText().startsWith("lastId"));

      UUID after = producer.emit(PredictionEvents.scheduled(uniqueSymbol(), "advisory"));
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> client.has(after));
      assertTrue(client.received("subscribed").isEmpty(), "a refused subscription changes nothing");
    }
  }

  @Test
  void aReconnectingClientResumesWithNoGapAndNoDuplicate() throws Exception {
    UUID account = UUID.randomUUID();
    String symbol = uniqueSymbol();
    String subscribe = "{\"type\":\"subscribe\",\"symbols\":[\"" + symbol + "\"]}";
    try (PredictionEvents producer = new PredictionEvents(broker)) {
      UUID seen;
      try (PushClient before = new PushClient(socket(), token(account))) {
        before.send(subscribe);
        before.await(m -> m.path("type").asText().equals("subscribed"));
        seen = producer.emit(PredictionEvents.scheduled(symbol, "tracked"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> before.has(seen));
      }
      UUID missedFirst;
      UUID missedSecond;
      try (PushClient watcher = new PushClient(socket(), token(UUID.randomUUID()))) {
        missedFirst = producer.emit(PredictionEvents.scheduled(symbol, "tracked"));
        missedSecond = producer.emit(PredictionEvents.scheduled(symbol, "advisory"));
        // connected before both were published: once it has the second, this replica read both
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> watcher.has(missedSecond));
      }
      try (PushClient after = new PushClient(socket(), token(account))) {
        after.send(subscribe);
        after.send("{\"type\":\"resume\",\"lastId\":\"" + seen + "\"}");
        JsonNode resumed = after.await(m -> m.path("type").asText().equals("resumed"));
        assertTrue(resumed.at("/data/complete").asBoolean(), resumed.toString());
        UUID live = producer.emit(PredictionEvents.scheduled(symbol, "high-conviction"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> after.has(live));
        assertEquals(
            List.of(missedFirst.toString(), missedSecond.toString(), live.toString()),
            ids(
                after.received("prediction_emitted").stream()
                    .filter(m -> m.at("/data/symbol").asText().equals(symbol))
                    .toList()),
            "what was missed, in order, then live; nothing twice");

        after.send("{\"type\":\"resume\",\"lastId\":\"" + seen + "\"}");
        JsonNode refused = after.await(m -> m.path("type").asText().equals("error"));
        assertTrue(refused.at("/data/message").asText().startsWith("resume"), refused.toString());
      }
    }
  }

  @Test
  void aResumeFromAnIdTheWindowDoesNotHoldSaysItMayBeIncomplete() {
    try (PushClient client = new PushClient(socket(), token(UUID.randomUUID()))) {
      client.send("{\"type\":\"subscribe\",\"symbols\":[\"" + uniqueSymbol() + "\"]}");
      client.send("{\"type\":\"resume\",\"lastId\":\"" + UUID.randomUUID() + "\"}");
      JsonNode resumed = client.await(m -> m.path("type").asText().equals("resumed"));
      assertEquals(false, resumed.at("/data/complete").asBoolean(true), resumed.toString());
      assertEquals(0, resumed.at("/data/replayed").asInt(-1));
    }
  }

  @Test
  void anUpgradeWithoutACredentialIsRefused() {
    assertEquals(
        401,
        given()
            .header("Connection", "Upgrade")
            .header("Upgrade", "websocket")
            .get("/ws")
            .statusCode());
  }
}
