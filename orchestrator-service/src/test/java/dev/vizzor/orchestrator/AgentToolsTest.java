package dev.vizzor.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.vizzor.orchestrator.LocalChat.ask;
import static dev.vizzor.orchestrator.LocalChat.assertOnBehalfOf;
import static dev.vizzor.orchestrator.LocalChat.requests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.vizzor.orchestrator.LocalChat.Answer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agent tools as the local analyst asks for them: each a call to agent-service (ServicesStub)
 * on behalf of the chatting user, the answer written from its result, and its refusals the tool's
 * result rather than a failed chat.
 */
@QuarkusTest
@TestProfile(ChatProfile.class)
class AgentToolsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void listingAgentsAsksAgentServiceAsTheUserAndNamesEachAgent() throws Exception {
    UUID account = UUID.randomUUID();
    Answer answer = ask(account, "List my agents");
    JsonNode call = answer.onlyCall();
    assertEquals("list_agents", call.get("name").asText());
    assertEquals(JSON.readTree(ServicesStub.sample("agents.json")), call.get("result"));
    assertTrue(
        answer
            .text()
            .contains(
                "btc-momo: momentum {\"period\":14} on BTC, each closed candle, capital 10000.00"
                    + " USDT, running"),
        answer.text());
    assertTrue(
        answer
            .text()
            .contains(
                "eth-trend: trend {\"fast\":20,\"slow\":50} on ETH, SOL, every 4h, capital"
                    + " 2500.50 USDT, running, halted by an emergency stop"),
        answer.text());
    assertEquals(List.of(), TracedNumbers.untraced(answer.text(), List.of(call.get("result"))));
    assertOnBehalfOf(account, getRequestedFor(urlPathEqualTo("/v1/agents")));
  }

  @Test
  void creatingAnAgentSendsAgentServicesDefaultsAndReportsWhatItStored() throws Exception {
    UUID account = UUID.randomUUID();
    Answer answer = ask(account, "Create a momentum agent on BTC named btc-momo");
    JsonNode call = answer.onlyCall();
    assertEquals("create_agent", call.get("name").asText());
    // docs/AGENTS.md: interval "candle" and capital 10 000 are what an agent gets unless told
    String expected =
        "{\"name\":\"btc-momo\",\"strategy\":{\"type\":\"momentum\",\"params\":{}},"
            + "\"symbols\":[\"BTC\"],\"interval\":\"candle\",\"capital\":10000}";
    assertEquals(JSON.readTree(expected), call.get("arguments"));
    assertEquals(
        JSON.readTree(ServicesStub.sample("agent-created-btc-momo.json")), call.get("result"));
    assertTrue(
        answer
            .text()
            .startsWith(
                "Created agent btc-momo: momentum {\"period\":14} on BTC, each closed candle,"
                    + " capital 10000.00 USDT, created."),
        answer.text());
    assertTrue(answer.text().contains("\"start agent btc-momo\""), answer.text());
    assertEquals(List.of(), TracedNumbers.untraced(answer.text(), List.of(call.get("result"))));
    assertOnBehalfOf(
        account,
        postRequestedFor(urlPathEqualTo("/v1/agents")).withRequestBody(equalToJson(expected)));
  }

  @Test
  void startingAndStoppingAnAgentSayItsNewStatus() throws Exception {
    UUID account = UUID.randomUUID();
    Answer started = ask(account, "start agent btc-momo");
    assertEquals("start_agent", started.onlyCall().get("name").asText());
    assertEquals(
        "Agent btc-momo is running: it trades from the next tick on.", started.text().strip());
    assertOnBehalfOf(account, postRequestedFor(urlPathEqualTo("/v1/agents/btc-momo/start")));

    Answer stopped = ask(account, "Please stop my agent btc-momo.");
    assertEquals("stop_agent", stopped.onlyCall().get("name").asText());
    assertEquals(
        JSON.readTree("{\"name\":\"btc-momo\"}"), stopped.onlyCall().get("arguments"), "no '.'");
    assertEquals(
        "Agent btc-momo is stopped: it keeps its cash and positions.", stopped.text().strip());
    assertOnBehalfOf(account, postRequestedFor(urlPathEqualTo("/v1/agents/btc-momo/stop")));
  }

  @Test
  void anAgentsStatsAreAgentServicesFiguresRounded() throws Exception {
    UUID account = UUID.randomUUID();
    Answer answer = ask(account, "What are the stats of agent btc-momo?");
    JsonNode call = answer.onlyCall();
    assertEquals("get_agent_stats", call.get("name").asText());
    assertEquals(
        JSON.readTree(ServicesStub.sample("agent-stats-btc-momo.json")), call.get("result"));
    // samples/agent-stats-btc-momo.json, rounded: win rate is a fraction, the *Pct are percents
    assertEquals(
        "Agent btc-momo: equity 10152.37 USDT on a capital of 10000.00 USDT (+1.52 %), realised"
            + " PnL 98.12 USDT, unrealised 54.25 USDT; 7 trades, 3 of them closing a position,"
            + " win rate 66.7 %, profit factor 2.72, Sharpe 1.87; maximum drawdown 2.42 %,"
            + " exposure 24.61 %.",
        answer.text().strip());
    assertEquals(List.of(), TracedNumbers.untraced(answer.text(), List.of(call.get("result"))));
    assertOnBehalfOf(account, getRequestedFor(urlPathEqualTo("/v1/agents/btc-momo/stats")));

    JsonNode asked = ask(account, "How much did my agent btc-momo make?").onlyCall();
    assertEquals("get_agent_stats", asked.get("name").asText(), "asks its figures, creates none");
  }

  @Test
  void agentServicesRefusalsAreTheToolsResultNotAFailedChat() throws Exception {
    UUID account = UUID.randomUUID();
    Answer unknown = ask(account, "stats of agent ghost");
    JsonNode call = unknown.onlyCall();
    assertTrue(call.get("result").isNull(), call.toString());
    assertEquals(
        "agent-service answered not_found: No agent named 'ghost'", call.get("error").asText());
    assertEquals(
        "get agent stats for ghost could not be fetched: agent-service answered not_found: No"
            + " agent named 'ghost'.",
        unknown.text().strip());

    Answer taken = ask(account, "create a trend agent on ETH named taken");
    assertEquals(
        "create agent for taken failed: agent-service answered conflict: an agent named 'taken'"
            + " exists already.",
        taken.text().strip());
  }

  @Test
  void refusalsDoNotOpenTheCircuitForEveryone() throws Exception {
    // the circuit opens when half of the last 10 calls failed: 10 refusals would open it
    for (int i = 0; i < 10; i++) {
      assertTrue(ask(UUID.randomUUID(), "stats of agent ghost").onlyCall().has("error"));
    }
    JsonNode call = ask(UUID.randomUUID(), "stats of agent btc-momo").onlyCall();
    assertEquals(
        JSON.readTree(ServicesStub.sample("agent-stats-btc-momo.json")), call.get("result"));
  }

  @Test
  void aReadIsAskedAgainAfterAgentServiceFailedButACreateNever() throws Exception {
    ServicesStub.server().setScenarioState(ServicesStub.FLAKY, Scenario.STARTED);
    int readsBefore = requests(getRequestedFor(urlPathEqualTo("/v1/agents/flaky/stats")));
    JsonNode read = ask(UUID.randomUUID(), "stats of agent flaky").onlyCall();
    assertEquals(
        JSON.readTree(ServicesStub.sample("agent-stats-btc-momo.json")), read.get("result"));
    assertEquals(
        readsBefore + 2, requests(getRequestedFor(urlPathEqualTo("/v1/agents/flaky/stats"))));

    RequestPatternBuilder creates =
        postRequestedFor(urlPathEqualTo("/v1/agents"))
            .withRequestBody(matchingJsonPath("$.name", equalTo("flaky")));
    int createsBefore = requests(creates);
    JsonNode create =
        ask(UUID.randomUUID(), "create a breakout agent on SOL named flaky").onlyCall();
    assertEquals(
        "agent-service answered service_unavailable: try again (retry after 1 s)",
        create.get("error").asText());
    assertEquals(createsBefore + 1, requests(creates), "a create whose answer was lost may exist");
  }

  @Test
  void aRequestLackingWhatItsCallNeedsIsAskedForAndCallsNothing() throws Exception {
    UUID account = UUID.randomUUID();
    Answer start = ask(account, "start my agent");
    assertEquals(List.of(), start.toolCalls());
    assertTrue(start.text().startsWith("Name the agent to start"), start.text());

    Answer create = ask(account, "create an agent named solo on BTC");
    assertEquals(List.of(), create.toolCalls());
    assertTrue(create.text().startsWith("Name a strategy for the new agent"), create.text());
  }
}
