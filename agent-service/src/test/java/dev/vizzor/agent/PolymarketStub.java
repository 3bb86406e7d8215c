package dev.vizzor.agent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Gamma ({@code /gamma}) and the CLOB ({@code /clob}) as one WireMock server answering with the
 * real captures bundled in {@code polymarket/}, byte for byte: the crypto events list and the
 * market by condition id (Gamma's {@code /markets} returns the same market objects as {@code
 * events[].markets[]}, so it serves the captured one), and the "Up" token's book. Anything else
 * gets Polymarket's own "not found" answers.
 */
public class PolymarketStub implements QuarkusTestResourceLifecycleManager {
  static final String CONDITION_ID =
      "0xab772601f501b265bfe8982eb61d5347ef9945de314bfdf4ac0189c288ffb0b3";
  static final String UP_TOKEN =
      "12935926064588426924078449947177910958215776269411501731627440228801766632772";

  private WireMockServer server;

  /**
   * The server as a test receives it: in a holder of its own, since MarketStub hands its server to
   * every field of type WireMockServer.
   */
  public record Upstream(WireMockServer server) {}

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    stubCaptures(server);
    String base = "http://127.0.0.1:" + server.port();
    return Map.of(
        "vizzor.agent.polymarket.source", "live",
        "vizzor.agent.polymarket.gamma-url", base + "/gamma",
        "vizzor.agent.polymarket.clob-url", base + "/clob");
  }

  /** The captures' stubs, also after a test reset the server. */
  static void stubCaptures(WireMockServer server) {
    String events = capture("gamma_events_by_slug.capture.json");
    server.stubFor(
        get(urlPathEqualTo("/gamma/events"))
            .withQueryParam("tag_slug", equalTo("crypto"))
            .withQueryParam("closed", equalTo("false"))
            .willReturn(json(200, events)));
    server.stubFor(
        get(urlPathEqualTo("/gamma/markets")).atPriority(10).willReturn(json(200, "[]")));
    server.stubFor(
        get(urlPathEqualTo("/gamma/markets"))
            .withQueryParam("condition_ids", equalTo(CONDITION_ID))
            .atPriority(1)
            .willReturn(json(200, "[" + capturedMarket(events) + "]")));
    server.stubFor(
        get(urlPathEqualTo("/clob/book"))
            .atPriority(10)
            .willReturn(
                json(404, "{\"error\":\"No orderbook exists for the requested token id\"}")));
    server.stubFor(
        get(urlPathEqualTo("/clob/book"))
            .withQueryParam("token_id", equalTo(UP_TOKEN))
            .atPriority(1)
            .willReturn(json(200, capture("clob_book.capture.json"))));
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(new Upstream(server), new TestInjector.MatchesType(Upstream.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  static String capture(String name) {
    try (InputStream in =
        PolymarketStub.class.getClassLoader().getResourceAsStream("polymarket/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String capturedMarket(String events) {
    try {
      JsonNode market = new ObjectMapper().readTree(events).get(0).get("markets").get(0);
      return new ObjectMapper().writeValueAsString(market);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
