package dev.vizzor.agent;

import static dev.vizzor.agent.Api.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Creating and managing agents: every bad field a 400 naming it (an unknown strategy among them,
 * never a 500), a duplicate name a 409, another account's agent a 404, and nothing written for a
 * refused request.
 */
@QuarkusTest
@TestProfile(AgentProfile.class)
class AgentRequestsTest {
  TestDatabase database;

  private static final String GOOD =
      "{\"name\":\"%s\",\"strategy\":{\"type\":\"momentum\"},\"symbols\":[\"BTC\"]}";

  @Test
  void anAgentIsCreatedStoppedWithTheDefaultsFilledIn() {
    Api api = Api.of(UUID.randomUUID());
    JsonNode agent = api.create(GOOD.formatted("plain"));
    assertEquals("created", agent.get("status").asText());
    assertEquals("candle", agent.get("interval").asText());
    assertEquals(10000, agent.get("capital").asInt());
    assertEquals(14, agent.get("strategy").get("params").get("period").asInt());
    assertEquals(25, agent.get("risk").get("maxPositionPct").asInt());
    assertEquals(10, agent.get("risk").get("maxTradesPerDay").asInt());
    assertFalse(agent.get("halted").asBoolean());
    JsonNode wallet = api.getOk("/v1/agents/plain/wallet");
    assertEquals(10000, wallet.get("cash").asInt());
    assertEquals(10000, wallet.get("equity").asInt());
    assertEquals(1, api.getOk("/v1/agents").get("agents").size());
  }

  @Test
  void badFieldsAreRefusedByName() {
    UUID owner = UUID.randomUUID();
    Api api = Api.of(owner);
    String[][] cases = {
      {
        "{\"name\":\"x\",\"strategy\":{\"type\":\"moonshot\"},\"symbols\":[\"BTC\"]}",
        "strategy.type"
      },
      {
        "{\"name\":\"x\",\"strategy\":{\"type\":\"momentum\",\"params\":{\"speed\":3}},"
            + "\"symbols\":[\"BTC\"]}",
        "strategy.params.speed"
      },
      {
        "{\"name\":\"x\",\"strategy\":{\"type\":\"momentum\",\"params\":{\"period\":0}},"
            + "\"symbols\":[\"BTC\"]}",
        "strategy.params.period"
      },
      {"{\"name\":\"x\",\"symbols\":[\"BTC\"]}", "strategy"},
      {"{\"name\":\"no spaces\",\"strategy\":{\"type\":\"trend\"},\"symbols\":[\"BTC\"]}", "name"},
      {
        "{\"name\":\"emergency-stop\",\"strategy\":{\"type\":\"trend\"},\"symbols\":[\"BTC\"]}",
        "name"
      },
      {"{\"name\":\"x\",\"strategy\":{\"type\":\"trend\"},\"symbols\":[]}", "symbols"},
      {"{\"name\":\"x\",\"strategy\":{\"type\":\"trend\"},\"symbols\":[\"B-T-C\"]}", "symbols"},
      {
        "{\"name\":\"x\",\"strategy\":{\"type\":\"trend\"},\"symbols\":[\"BTC\"],\"interval\":\"5s\"}",
        "interval"
      },
      {
        "{\"name\":\"x\",\"strategy\":{\"type\":\"trend\"},\"symbols\":[\"BTC\"],\"capital\":5}",
        "capital"
      },
      {
        "{\"name\":\"x\",\"strategy\":{\"type\":\"trend\"},\"symbols\":[\"BTC\"],"
            + "\"risk\":{\"stopLossPct\":0}}",
        "risk.stopLossPct"
      },
      {
        "{\"name\":\"x\",\"strategy\":{\"type\":\"trend\"},\"symbols\":[\"BTC\"],"
            + "\"risk\":{\"maxTradesPerDay\":0}}",
        "risk.maxTradesPerDay"
      },
      {
        "{\"name\":\"x\",\"strategy\":{\"type\":\"chronovisor\",\"params\":{\"tier\":\"tracked\"}},"
            + "\"symbols\":[\"BTC\"],\"interval\":\"15m\"}",
        "interval"
      },
    };
    for (String[] c : cases) {
      assertError(api.post("/v1/agents", c[0]), 400, "invalid_request", c[1] + ":");
    }
    assertError(api.post("/v1/agents", ""), 400, "invalid_request", "the body");
    assertEquals(0, database.count("select count(*) from agents where account_id = ?", owner));
  }

  @Test
  void aNameIsTheCallersOnceAndOtherAccountsSeeNothingOfIt() {
    UUID owner = UUID.randomUUID();
    Api api = Api.of(owner);
    api.create(GOOD.formatted("mine"));
    assertError(api.post("/v1/agents", GOOD.formatted("mine")), 409, "conflict", "an agent named");
    assertEquals(1, database.count("select count(*) from agents where account_id = ?", owner));

    Api stranger = Api.of(UUID.randomUUID());
    for (String path :
        new String[] {
          "/v1/agents/mine",
          "/v1/agents/mine/wallet",
          "/v1/agents/mine/trades",
          "/v1/agents/mine/stats",
          "/v1/agents/mine/decisions",
          "/v1/portfolio/mine",
          "/v1/portfolio/" + owner
        }) {
      assertError(stranger.get(path), 404, "not_found", "No ");
    }
    assertError(stranger.post("/v1/agents/mine/start", ""), 404, "not_found", "No agent");
    assertEquals("created", api.getOk("/v1/agents/mine").get("status").asText());
    // the stranger may use the same name for an agent of their own
    stranger.create(GOOD.formatted("mine"));
    assertEquals(0, stranger.getOk("/v1/portfolio/me").get("value").asInt() - 10000);
  }

  @Test
  void startAndStopAreExplicitAndRepeatable() {
    Api api = Api.of(UUID.randomUUID());
    api.create(GOOD.formatted("toggle"));
    assertEquals("running", api.postOk("/v1/agents/toggle/start", "").get("status").asText());
    assertEquals("running", api.postOk("/v1/agents/toggle/start", "").get("status").asText());
    assertEquals("stopped", api.postOk("/v1/agents/toggle/stop", "").get("status").asText());
    assertEquals("stopped", api.getOk("/v1/agents").get("agents").get(0).get("status").asText());
  }

  @Test
  void aBadLimitOrCursorIsA400() {
    Api api = Api.of(UUID.randomUUID());
    api.create(GOOD.formatted("paged"));
    assertError(api.get("/v1/agents/paged/trades?limit=0"), 400, "invalid_request", "limit:");
    assertError(api.get("/v1/agents/paged/trades?cursor=zz"), 400, "invalid_request", "cursor:");
  }
}
