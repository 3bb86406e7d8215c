package dev.vizzor.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * market-service, prediction-service and notification-service as the chat's tools call them, on one
 * WireMock server: their recorded answers (samples/PROVENANCE.md) for a caller with a bearer token,
 * and the Vizzor 404 envelope for assets they do not know.
 */
public class ServicesStub implements QuarkusTestResourceLifecycleManager {
  /** The running stub, for tests that check what the service asked of it. */
  private static WireMockServer server;

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
    String url = "http://127.0.0.1:" + server.port();
    return Map.of(
        "vizzor.orchestrator.market-url",
        url,
        "vizzor.orchestrator.prediction-url",
        url,
        "vizzor.orchestrator.notification-url",
        url);
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
