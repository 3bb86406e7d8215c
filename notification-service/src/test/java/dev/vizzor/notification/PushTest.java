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
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code WS /ws} with the JDK's WebSocket client: an alert reaches its owner only, as the REST
 * resource; predictions reach every client.
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

  @Test
  void anAlertIsPushedToItsOwnerOnlyAndPredictionsToEveryone() throws Exception {
    UUID owner = UUID.randomUUID();
    UUID stranger = UUID.randomUUID();
    String symbol = "W" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    ObjectNode prediction;
    try (InputStream in =
        getClass().getResourceAsStream("/samples/prediction-emitted-BTC-4h.json")) {
      prediction = (ObjectNode) JSON.readTree(in);
    }
    try (PushClient mine = new PushClient(socket(), token(owner));
        PushClient theirs = new PushClient(socket(), token(stranger));
        PredictionEvents producer = new PredictionEvents(broker);
        MarketTicks ticks = new MarketTicks(broker)) {
      // the push consumers start at the newest event: publish until a prediction arrives
      UUID first = UUID.randomUUID();
      ObjectNode probe = prediction.deepCopy().put("id", first.toString());
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(60))
          .until(
              () -> {
                producer.publish(PredictionEvents.EMITTED, UUID.randomUUID(), probe);
                return mine.received().stream()
                    .anyMatch(m -> m.get("id").asText().equals(first.toString()));
              });
      JsonNode pushed = mine.await(m -> m.get("id").asText().equals(first.toString()));
      assertEquals("prediction_emitted", pushed.get("type").asText());
      assertEquals(probe, pushed.get("data"), "the prediction as the API shows it");

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

      // a later public event reaches the stranger after anything sent before it
      UUID sentinel = UUID.randomUUID();
      producer.publish(
          PredictionEvents.EMITTED,
          UUID.randomUUID(),
          prediction.deepCopy().put("id", sentinel.toString()));
      theirs.await(m -> m.get("id").asText().equals(sentinel.toString()));
      assertTrue(
          theirs.received().stream().noneMatch(m -> m.get("type").asText().equals("alert")),
          "another account's alert is never pushed to this client: " + theirs.received());
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
