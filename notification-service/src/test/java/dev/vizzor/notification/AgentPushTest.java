package dev.vizzor.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agents' decisions and trades (agent-service's events, recorded samples): pushed to the agent's
 * owner alone, and firing the owner's agent rules only.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class AgentPushTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @TestHTTPResource("/ws")
  URI ws;

  KafkaBroker broker;

  private URI socket() {
    return URI.create(ws.toString().replaceFirst("^http", "ws"));
  }

  private static String token(UUID account) {
    return InternalTokenFixture.token().claim("sub", account.toString()).signed();
  }

  /** The agent consumers start at the newest event: publish until one gets through. */
  @BeforeEach
  void waitForTheConsumers() {
    UUID owner = UUID.randomUUID();
    try (PushClient client = new PushClient(socket(), token(owner));
        AgentEvents events = new AgentEvents(broker)) {
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                events.publish(AgentEvents.DECISIONS, AgentEvents.sample("decision", owner, "BTC"));
                events.publish(AgentEvents.TRADES, AgentEvents.sample("trade", owner, "BTC"));
                return !client.received("agent_decision").isEmpty()
                    && !client.received("agent_trade").isEmpty();
              });
    }
  }

  @Test
  void decisionsAndTradesReachTheirOwnerOnly() throws Exception {
    UUID owner = UUID.randomUUID();
    UUID stranger = UUID.randomUUID();
    try (PushClient mine = new PushClient(socket(), token(owner));
        PushClient theirs = new PushClient(socket(), token(stranger));
        AgentEvents events = new AgentEvents(broker)) {
      ObjectNode decision = AgentEvents.sample("decision", owner, "ETH");
      ObjectNode trade = AgentEvents.sample("trade", owner, "ETH");
      UUID decided = events.publish(AgentEvents.DECISIONS, decision);
      UUID filled = events.publish(AgentEvents.TRADES, trade);
      JsonNode pushedDecision = mine.await(m -> m.path("id").asText().equals(decided.toString()));
      assertEquals("agent_decision", pushedDecision.get("type").asText());
      assertEquals(
          decision, mine.exactly(decided).get("data"), "the decision as agent-service shows it");
      JsonNode pushedTrade = mine.await(m -> m.path("id").asText().equals(filled.toString()));
      assertEquals("agent_trade", pushedTrade.get("type").asText());
      // the money figures exactly as agent-service wrote them, not rounded through a double
      assertEquals(trade, mine.exactly(filled).get("data"));
      assertEquals(
          new BigDecimal("2497.502496896070689472"),
          mine.exactly(filled).get("data").get("notional").decimalValue());

      // the stranger's own decision arrives after: everything before it was delivered
      UUID sentinel =
          events.publish(AgentEvents.DECISIONS, AgentEvents.sample("decision", stranger, "ETH"));
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> theirs.has(sentinel));
      assertTrue(!theirs.has(decided) && !theirs.has(filled), theirs.received().toString());
      assertTrue(!mine.has(sentinel));
    }
  }

  @Test
  void anAgentRuleFiresOnTheOwnersAgentsOnly() throws Exception {
    UUID owner = UUID.randomUUID();
    UUID stranger = UUID.randomUUID();
    for (UUID account : new UUID[] {owner, stranger}) {
      given()
          .auth()
          .oauth2(token(account))
          .contentType("application/json")
          .body("{\"type\":\"agent_trade\",\"recurring\":true,\"cooldownSeconds\":0}")
          .post("/v1/notifications/rules")
          .then()
          .statusCode(201);
    }
    try (AgentEvents events = new AgentEvents(broker)) {
      ObjectNode trade = AgentEvents.sample("trade", owner, "SOL");
      UUID filled = events.publish(AgentEvents.TRADES, trade);
      UUID sentinel =
          events.publish(AgentEvents.TRADES, AgentEvents.sample("trade", stranger, "SOL"));
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> notifications(stranger).size() == 1);
      JsonNode mine = notifications(owner);
      assertEquals(1, mine.size(), mine.toString());
      assertEquals("agent_trade", mine.get(0).get("type").asText());
      assertEquals(trade, mine.get(0).get("data"));
      assertEquals("SOL", mine.get(0).get("symbol").asText());
      assertTrue(mine.get(0).get("message").asText().startsWith("Agent btc-m2 bought"));
      JsonNode theirs = notifications(stranger);
      assertEquals(sentinel.toString(), theirs.get(0).get("data").get("id").asText());
      assertTrue(!filled.toString().equals(theirs.get(0).get("data").get("id").asText()));
    }
  }

  private static JsonNode notifications(UUID account) throws Exception {
    return JSON.readTree(given().auth().oauth2(token(account)).get("/v1/notifications").asString())
        .get("items");
  }
}
