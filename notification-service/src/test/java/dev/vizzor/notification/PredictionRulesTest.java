package dev.vizzor.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Prediction rules fired by ChronoVisor's events on the real broker (recorded predictions,
 * samples/PROVENANCE.md): by symbol, horizon and minimum tier, once per event however often it is
 * delivered, scheduled emissions only.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class PredictionRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  KafkaBroker broker;
  TestDatabase database;

  private static ObjectNode sample(String name) throws Exception {
    try (InputStream in = PredictionRulesTest.class.getResourceAsStream("/samples/" + name)) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  private static UUID rule(UUID account, String body) throws Exception {
    Response created =
        given()
            .auth()
            .oauth2(InternalTokenFixture.token().claim("sub", account.toString()).signed())
            .contentType("application/json")
            .body(body)
            .post("/v1/notifications/rules");
    assertEquals(201, created.statusCode(), created.asString());
    return UUID.fromString(JSON.readTree(created.asString()).get("id").asText());
  }

  private long fired(UUID rule) {
    return database.count("select count(*) from notifications where rule_id = ?", rule);
  }

  @Test
  void predictionRulesFireOnTheirSymbolHorizonAndTierOncePerEvent() throws Exception {
    String symbol = "P" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    ObjectNode emitted = sample("prediction-emitted-BTC-4h.json").put("symbol", symbol);
    ObjectNode resolved = sample("prediction-resolved-BTC.json").put("symbol", symbol);
    UUID owner = UUID.randomUUID();
    UUID fourHours =
        rule(
            owner,
            "{\"type\":\"prediction_emitted\",\"symbol\":\"" + symbol + "\",\"horizon\":\"4h\"}");
    UUID oneHour =
        rule(
            owner,
            "{\"type\":\"prediction_emitted\",\"symbol\":\"" + symbol + "\",\"horizon\":\"1h\"}");
    UUID trackedOrBetter =
        rule(
            owner,
            "{\"type\":\"prediction_emitted\",\"symbol\":\""
                + symbol
                + "\",\"minTier\":\"tracked\"}");
    UUID every =
        rule(
            owner,
            "{\"type\":\"prediction_emitted\",\"symbol\":\""
                + symbol
                + "\",\"recurring\":true,\"cooldownSeconds\":0}");
    UUID settled = rule(owner, "{\"type\":\"prediction_resolved\",\"symbol\":\"" + symbol + "\"}");

    try (PredictionEvents producer = new PredictionEvents(broker)) {
      consumersReading(producer, emitted, resolved);
      UUID event = UUID.randomUUID();
      producer.publish(PredictionEvents.EMITTED, event, emitted);
      producer.publish(PredictionEvents.EMITTED, event, emitted); // again
      ObjectNode onDemand = emitted.deepCopy().put("origin", "on-demand");
      producer.publish(PredictionEvents.EMITTED, UUID.randomUUID(), onDemand);
      producer.publish(PredictionEvents.RESOLVED, UUID.randomUUID(), resolved);
      // a 1d emission last, for a rule only it matches: once that fired, every emission before
      // it on the symbol's partition has been evaluated
      UUID last =
          rule(
              owner,
              "{\"type\":\"prediction_emitted\",\"symbol\":\"" + symbol + "\",\"horizon\":\"1d\"}");
      ObjectNode daily = emitted.deepCopy().put("horizon", "1d");
      producer.publish(PredictionEvents.EMITTED, UUID.randomUUID(), daily);
      await().atMost(Duration.ofSeconds(60)).until(() -> fired(last) == 1);
      await().atMost(Duration.ofSeconds(60)).until(() -> fired(settled) == 1);
    }
    assertEquals(1, fired(fourHours), "the 4h emission, once though delivered twice");
    assertEquals(0, fired(oneHour), "another horizon");
    assertEquals(0, fired(trackedOrBetter), "an advisory prediction is below tracked");
    assertEquals(2, fired(every), "the two scheduled emissions, not the on-demand one");
    assertEquals(
        "ChronoVisor " + symbol + " 1h up (advisory, 36 %) resolved MISS at 16529.67 USDT",
        database.text("select message from notifications where rule_id = ?", settled));

    JsonNode data =
        JSON.readTree(
            database.text("select data::text from notifications where rule_id = ?", fourHours));
    assertEquals(emitted, data, "the notification carries the prediction as published");
    assertEquals(
        "ChronoVisor " + symbol + " 4h up (advisory, 35 %) from 16542.4 USDT",
        database.text("select message from notifications where rule_id = ?", fourHours));
  }

  /**
   * The rules' consumers start at the newest event: publish to each topic, for a probe rule of a
   * symbol of its own, until the probe has fired.
   */
  private void consumersReading(PredictionEvents producer, ObjectNode emitted, ObjectNode resolved)
      throws Exception {
    String probe = "Q" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    UUID account = UUID.randomUUID();
    String[][] topics = {
      {"vizzor.predictions.emitted", "prediction_emitted"},
      {"vizzor.predictions.resolved", "prediction_resolved"}
    };
    for (String[] topic : topics) {
      UUID rule =
          rule(
              account,
              "{\"type\":\""
                  + topic[1]
                  + "\",\"symbol\":\""
                  + probe
                  + "\",\"recurring\":true,\"cooldownSeconds\":0}");
      JsonNode sample = (topic[1].endsWith("emitted") ? emitted : resolved).deepCopy();
      ((ObjectNode) sample).put("symbol", probe);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                producer.publish(topic[0], UUID.randomUUID(), sample);
                return fired(rule) > 0;
              });
    }
  }
}
