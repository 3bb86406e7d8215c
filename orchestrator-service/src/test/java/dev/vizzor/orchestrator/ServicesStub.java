package dev.vizzor.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * market-service, prediction-service, notification-service and agent-service as the chat's tools
 * call them, on one WireMock server: their answers (samples/PROVENANCE.md) for a caller with a
 * bearer token, and the Vizzor 404 envelope for assets and agents they do not know.
 */
public class ServicesStub implements QuarkusTestResourceLifecycleManager {
  /** The running stub, for tests that check what the service asked of it. */
  private static WireMockServer server;

  /** The scenario in which agent {@code flaky}'s stats fail once, then answer. */
  static final String FLAKY = "flaky-agent";

  /** The tokens, contracts and wallets the security samples are about. */
  static final String CAKE = "0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82";

  static final String PROXY = "0x7780e86699e941254c8f4d9b7eb08ff7e96bbe10";
  static final String WALLET = "0x5dbcf33d8c2e976c6b560249878e6f1491bca25c";

  private static final String UNAVAILABLE =
      "{\"error\":{\"code\":\"service_unavailable\",\"message\":\"try again\","
          + "\"retryAfter\":1}}";

  static WireMockServer server() {
    return server;
  }

  public static String sample(String name) {
    return new String(TestFiles.bytes("/samples/" + name), StandardCharsets.UTF_8);
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    answer("/v1/market/price/BTC", "price-BTC.json");
    answer("/v1/market/prices", "prices-BTC-ETH.json");
    answer("/v1/market/trending", "trending.json");
    answer("/v1/market/fear-greed", "fear-greed.json");
    answer("/v1/chronovisor/BTC", "chronovisor-BTC.json");
    answer("/v1/chronovisor/accuracy", "accuracy-BTC.json");
    answer("/internal/pipeline/signals", "signals-BTC.json");
    answer("/internal/pipeline/queues", "queues.json");
    server.stubFor(
        get(urlPathEqualTo("/q/health/ready"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"status\":\"UP\",\"checks\":[]}")));
    server.stubFor(
        get(urlPathMatching("/v1/market/price/(?!BTC$).+"))
            .atPriority(5)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"code\":\"not_found\",\"message\":\"unknown asset\"}}")));
    server.stubFor(
        post(urlPathEqualTo("/v1/notifications/rules"))
            .withHeader("Authorization", matching("Bearer .+"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(sample("rule-created-BTC.json"))));
    agents();
    security();
    String url = "http://127.0.0.1:" + server.port();
    return Map.of(
        "vizzor.orchestrator.agent-url",
        url,
        "vizzor.orchestrator.market-url",
        url,
        "vizzor.orchestrator.prediction-url",
        url,
        "vizzor.orchestrator.notification-url",
        url);
  }

  /**
   * market-service's security intel as recorded (samples/PROVENANCE.md): CAKE on bsc scanned, the
   * pasted EtherBank, three pasted contracts with 24 findings and the contract 0x7780… on ethereum
   * audited, wallet 0x5dbc… tracked on ethereum, and no node for polygon (503).
   */
  private void security() {
    server.stubFor(
        securityCall("/scan", "$.address", equalTo(CAKE))
            .willReturn(json(200, sample("scan-bsc-cake.json"))));
    server.stubFor(
        securityCall("/audit", "$.sources[0].content", containing("contract DrainMe"))
            .atPriority(1)
            .willReturn(json(200, sample("audit-three-contracts.json"))));
    server.stubFor(
        securityCall("/audit", "$.sources[0].path", equalTo("pasted.sol"))
            .atPriority(2)
            .willReturn(json(200, sample("audit-etherbank.json"))));
    server.stubFor(
        securityCall("/audit", "$.address", equalTo(PROXY))
            .willReturn(json(200, sample("audit-ethereum-0x7780.json"))));
    server.stubFor(
        securityCall("/track", "$.chain", equalTo("ethereum"))
            .willReturn(json(200, sample("track-ethereum-0x5dbc.json"))));
    server.stubFor(
        securityCall("/track", "$.chain", equalTo("polygon"))
            .willReturn(
                json(503, sample("track-polygon-unavailable.json"))
                    .withHeader("Retry-After", "300")));
  }

  /** A POST to market-service's {@code path} with a bearer token, its body's {@code field} set. */
  private static MappingBuilder securityCall(String path, String field, StringValuePattern value) {
    return post(urlPathEqualTo(path))
        .withHeader("Authorization", matching("Bearer .+"))
        .withRequestBody(matchingJsonPath(field, value));
  }

  /**
   * The caller's agent {@code btc-momo}, created, started, stopped and counted; a name taken
   * already (409); no other agent (404).
   */
  private void agents() {
    answer("/v1/agents", "agents.json");
    answer("/v1/agents/btc-momo/stats", "agent-stats-btc-momo.json");
    server.stubFor(
        post(urlPathEqualTo("/v1/agents"))
            .atPriority(1)
            .withHeader("Authorization", matching("Bearer .+"))
            .withRequestBody(matchingJsonPath("$.name", equalTo("btc-momo")))
            .willReturn(json(201, sample("agent-created-btc-momo.json"))));
    server.stubFor(
        post(urlPathEqualTo("/v1/agents"))
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.name", equalTo("taken")))
            .willReturn(
                json(
                    409,
                    "{\"error\":{\"code\":\"conflict\","
                        + "\"message\":\"an agent named 'taken' exists already\"}}")));
    server.stubFor(
        post(urlPathEqualTo("/v1/agents/btc-momo/start"))
            .atPriority(1)
            .withHeader("Authorization", matching("Bearer .+"))
            .willReturn(json(200, sample("agent-running-btc-momo.json"))));
    server.stubFor(
        post(urlPathEqualTo("/v1/agents/btc-momo/stop"))
            .atPriority(1)
            .withHeader("Authorization", matching("Bearer .+"))
            .willReturn(json(200, sample("agent-stopped-btc-momo.json"))));
    server.stubFor(
        any(urlPathMatching("/v1/agents/ghost/(start|stop|stats)"))
            .willReturn(
                json(
                    404,
                    "{\"error\":{\"code\":\"not_found\","
                        + "\"message\":\"No agent named 'ghost'\"}}")));
    // agent-service failing once: a read is asked again, a create never
    server.stubFor(
        get(urlPathEqualTo("/v1/agents/flaky/stats"))
            .inScenario(FLAKY)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(json(503, UNAVAILABLE))
            .willSetStateTo("recovered"));
    server.stubFor(
        get(urlPathEqualTo("/v1/agents/flaky/stats"))
            .inScenario(FLAKY)
            .whenScenarioStateIs("recovered")
            .willReturn(json(200, sample("agent-stats-btc-momo.json"))));
    server.stubFor(
        post(urlPathEqualTo("/v1/agents"))
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.name", equalTo("flaky")))
            .willReturn(json(503, UNAVAILABLE)));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private void answer(String path, String sample) {
    server.stubFor(
        get(urlPathEqualTo(path))
            .atPriority(1)
            .withHeader("Authorization", matching("Bearer .+"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(sample(sample))));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
