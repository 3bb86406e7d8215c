package dev.vizzor.agent;

import static dev.vizzor.agent.Api.assertError;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emergency stop against agents filling on nearly every tick of a fast stream: no fill is
 * stored after the stop was answered, the stop and who pulled it are in the agent's history and on
 * {@code vizzor.agents.control}, it holds until lifted explicitly, and an operator's stop covers
 * every account.
 */
@QuarkusTest
@TestProfile(AgentProfile.class)
class EmergencyStopTest {
  KafkaBroker broker;
  private TickStream stream;

  @BeforeEach
  void openTicks() {
    stream = new TickStream(broker, Instant.parse("2022-10-01T00:00:00Z"));
  }

  @AfterEach
  void closeTicks() {
    Api.operator().delete("/operator/agents/emergency-stop");
    stream.close();
  }

  private Instant tick() {
    return stream.next("BTC");
  }

  private static List<JsonNode> decisions(Api api, String name) {
    return api.all("/v1/agents/" + name + "/decisions");
  }

  /**
   * Publishes ticks until {@code done}, then one more whose decision by {@code sentinel} ends it.
   */
  private void streamUntil(java.util.function.BooleanSupplier done, Api sentinel, String name) {
    while (!done.getAsBoolean()) {
      tick();
    }
    Instant last = tick();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                decisions(sentinel, name).stream()
                    .anyMatch(d -> last.toString().equals(d.path("marketTime").asText())));
  }

  @Test
  void noFillIsMadeAfterTheStopIsAnsweredAndItHoldsUntilLifted() {
    UUID halted = UUID.randomUUID();
    Api owner = Api.of(halted);
    Api other = Api.of(UUID.randomUUID());
    owner.create(TickStream.FAST_AGENT.formatted("fast", "BTC"));
    other.create(TickStream.FAST_AGENT.formatted("sentinel", "BTC"));
    owner.postOk("/v1/agents/fast/start", "");
    other.postOk("/v1/agents/sentinel/start", "");
    try (TopicReader control = new TopicReader(broker, "vizzor.agents.control")) {
      streamUntil(() -> owner.all("/v1/agents/fast/trades").size() >= 6, other, "sentinel");

      JsonNode stop =
          owner.postOk("/v1/agents/emergency-stop", "{\"reason\":\"drill: halt everything\"}");
      Instant acknowledged = Instant.now();
      assertEquals("account", stop.get("scope").asText());
      assertEquals(halted.toString(), stop.get("pulledBy").asText());
      int before = stream.rounds();
      streamUntil(() -> stream.rounds() >= before + 40, other, "sentinel");

      List<JsonNode> fills = owner.all("/v1/agents/fast/trades");
      assertTrue(fills.size() >= 6, fills.toString());
      for (JsonNode fill : fills) {
        assertTrue(
            Instant.parse(fill.get("recordedAt").asText()).isBefore(acknowledged),
            fill + " recorded after the stop was answered at " + acknowledged);
      }
      List<JsonNode> history = decisions(owner, "fast");
      JsonNode latest = history.get(0);
      assertEquals("halt", latest.get("action").asText(), latest.toString());
      assertTrue(latest.get("reason").asText().contains("drill: halt everything"));
      assertEquals(halted.toString(), latest.get("inputs").get("by").asText());
      assertTrue(owner.getOk("/v1/agents/fast").get("halted").asBoolean());
      assertFalse(other.getOk("/v1/agents/sentinel").get("halted").asBoolean());
      JsonNode active = owner.getOk("/v1/agents/emergency-stop").get("active");
      assertEquals(1, active.size());
      assertEquals(stop.get("id"), active.get(0).get("id"));

      JsonNode announced =
          Api.read(
              control
                  .await(r -> r.key().equals(halted.toString()), 1, Duration.ofSeconds(30))
                  .get(0)
                  .value());
      assertEquals(stop.get("id"), announced.get("id"));
      assertTrue(announced.get("active").asBoolean());

      // pulling it again answers the same stop
      assertEquals(stop.get("id"), owner.postOk("/v1/agents/emergency-stop", "{}").get("id"));

      JsonNode lifted = owner.ok(owner.delete("/v1/agents/emergency-stop"));
      assertEquals(stop.get("id"), lifted.get("id"));
      assertFalse(lifted.get("active").asBoolean());
      assertError(owner.delete("/v1/agents/emergency-stop"), 404, "not_found", "No emergency");
      int resumedAt = stream.rounds();
      streamUntil(
          () ->
              decisions(owner, "fast").stream()
                      .anyMatch(
                          d ->
                              d.get("action").asText().matches("buy|sell|hold")
                                  && Instant.parse(d.get("recordedAt").asText())
                                      .isAfter(Instant.parse(lifted.get("liftedAt").asText())))
                  || stream.rounds() > resumedAt + 200,
          other,
          "sentinel");
      assertEquals(
          "resume",
          decisions(owner, "fast").stream()
              .filter(d -> d.get("action").asText().matches("halt|resume"))
              .findFirst()
              .orElseThrow()
              .get("action")
              .asText());
      assertTrue(
          decisions(owner, "fast").stream()
              .anyMatch(
                  d ->
                      d.get("action").asText().matches("buy|sell|hold")
                          && Instant.parse(d.get("recordedAt").asText())
                              .isAfter(Instant.parse(lifted.get("liftedAt").asText()))),
          "the agent trades again once the stop is lifted");
    } finally {
      owner.post("/v1/agents/fast/stop", "");
      other.post("/v1/agents/sentinel/stop", "");
    }
  }

  @Test
  void anOperatorsStopCoversEveryAccountAndOnlyAnOperatorLiftsIt() {
    Api user = Api.of(UUID.randomUUID());
    user.create(TickStream.FAST_AGENT.formatted("covered", "BTC"));
    assertError(
        user.post("/operator/agents/emergency-stop", "{}"), 403, "forbidden", "only an operator");
    JsonNode stop =
        Api.operator()
            .postOk("/operator/agents/emergency-stop", "{\"reason\":\"exchange outage\"}");
    assertEquals("all", stop.get("scope").asText());
    assertEquals("operator", stop.get("pulledBy").asText());
    assertTrue(
        Api.operator()
            .getOk("/operator/agents/emergency-stop")
            .get("active")
            .toString()
            .contains(stop.get("id").asText()));
    assertTrue(user.getOk("/v1/agents/covered").get("halted").asBoolean());
    assertEquals(
        "exchange outage",
        user.getOk("/v1/agents/emergency-stop").get("active").get(0).get("reason").asText());
    assertEquals("halt", decisions(user, "covered").get(0).get("action").asText());
    assertError(user.delete("/v1/agents/emergency-stop"), 404, "not_found", "No emergency");
    assertTrue(user.getOk("/v1/agents/covered").get("halted").asBoolean());
    JsonNode lifted = Api.operator().ok(Api.operator().delete("/operator/agents/emergency-stop"));
    assertEquals("operator", lifted.get("liftedBy").asText());
    assertFalse(user.getOk("/v1/agents/covered").get("halted").asBoolean());
  }
}
