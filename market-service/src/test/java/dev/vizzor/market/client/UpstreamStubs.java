package dev.vizzor.market.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.testsupport.LoopbackWireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One WireMock server standing in for all four upstreams, each under its own path prefix, and the
 * service switched to the live source. Fault tolerance is shortened so failure tests run in
 * seconds: 1 s timeout, 20 ms (±10 ms) between retries, circuits open after 4 attempts of which
 * half failed and stay open for the rest of the test class.
 */
public class UpstreamStubs extends LoopbackWireMock {
  /** Shortened so failure tests run in seconds (the class comment says how). */
  public static final Map<String, String> SHORT_FAULT_TOLERANCE =
      Map.of(
          "quarkus.fault-tolerance.global.timeout.value", "1000",
          "quarkus.fault-tolerance.global.timeout.unit", "MILLIS",
          "quarkus.fault-tolerance.global.retry.delay", "20",
          "quarkus.fault-tolerance.global.retry.jitter", "10",
          "quarkus.fault-tolerance.global.circuit-breaker.request-volume-threshold", "4",
          "quarkus.fault-tolerance.global.circuit-breaker.delay", "600");

  @Override
  protected Map<String, String> settings(String base, WireMockServer server) {
    Map<String, String> settings =
        new HashMap<>(
            Map.of(
                "vizzor.market.source", "live",
                // The tick and ingest passes would call the stubs too and skew what tests count.
                "quarkus.scheduler.enabled", "false",
                "vizzor.market.binance.url", base + "/binance",
                "vizzor.market.coingecko.url", base + "/coingecko/api/v3",
                "vizzor.market.coingecko.api-key", "test-demo-key",
                "vizzor.market.alternative-me.url", base + "/alternativeme",
                "vizzor.market.dexscreener.url", base + "/dexscreener"));
    settings.putAll(SHORT_FAULT_TOLERANCE);
    return settings;
  }

  /** A recorded upstream answer from {@code src/test/resources/api-samples} (see PROVENANCE.md). */
  public static String sample(String path) {
    try (InputStream in =
        UpstreamStubs.class.getClassLoader().getResourceAsStream("api-samples/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Binance's refusal of a request, e.g. {@code -1121 "Invalid symbol."} for an unlisted pair. */
  public static ResponseDefinitionBuilder binanceRefusal(int code, String message) {
    return aResponse()
        .withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\":" + code + ",\"msg\":\"" + message + "\"}");
  }

  /** Binance's answer for a pair it does not list. */
  public static ResponseDefinitionBuilder binanceInvalidSymbol() {
    return binanceRefusal(-1121, "Invalid symbol.");
  }

  /**
   * Binance's documented 24 h ticker (the recorded sample) for {@code asset}, closing at {@code
   * close}.
   */
  public static String binanceTicker(Asset asset, Instant close) {
    return sample("binance/ticker_24hr.single_FULL.docs.json")
        .replace("\"BNBBTC\"", "\"" + asset.pair() + "\"")
        .replace("1499869899040", Long.toString(close.toEpochMilli()));
  }

  /** The same for several assets, as {@code /ticker/24hr?symbols=[…]} answers. */
  public static String binanceTickers(Collection<Asset> assets, Instant close) {
    return assets.stream()
        .map(asset -> binanceTicker(asset, close))
        .collect(Collectors.joining(",", "[", "]"));
  }
}
