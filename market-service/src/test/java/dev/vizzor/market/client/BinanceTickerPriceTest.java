package dev.vizzor.market.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.vizzor.market.client.binance.BinanceClient;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.SpotPrice;
import dev.vizzor.market.service.PriceCache;
import dev.vizzor.testsupport.InternalTokenFixture;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Binance {@code /api/v3/ticker/price} on WireMock with the documented samples, and the live batch
 * and price endpoints on top of it, including their answers when Binance fails.
 */
@QuarkusTest
@TestProfile(LiveSourceProfile.class)
class BinanceTickerPriceTest extends LiveSourceTestBase {
  private static final String PRICE = "/binance/api/v3/ticker/price";
  private static final Instant NOW = Instant.parse("2026-07-18T21:59:59.500Z");

  @Inject BinanceClient binance;
  @Inject RedisDataSource redis;

  @BeforeEach
  void stoppedClockAndEmptyCache() {
    clock.set(NOW);
    for (String base : List.of("BTC", "ETH", "NOPE")) {
      Asset asset = Asset.of(base);
      redis.key().del(PriceCache.quoteKey(asset), PriceCache.spotKey(asset));
    }
  }

  @Test
  void manySymbolsArePricedInOneCallFromTheMultipleSample() {
    stub(
        PRICE,
        "symbols",
        "[\"LTCBTC\",\"ETHBTC\"]",
        okJson(UpstreamStubs.sample("binance/ticker_price.multiple.docs.json")));

    List<SpotPrice> prices =
        binance
            .prices(List.of(new Asset("LTC", "BTC"), new Asset("ETH", "BTC")))
            .await()
            .indefinitely()
            .orElseThrow();

    assertEquals(
        List.of(
            new SpotPrice(new Asset("LTC", "BTC"), new BigDecimal("4.00000200"), NOW, "binance"),
            new SpotPrice(new Asset("ETH", "BTC"), new BigDecimal("0.07946600"), NOW, "binance")),
        prices);
    upstream.verify(1, getRequestedFor(urlPathEqualTo(PRICE)));
  }

  @Test
  void theLiveBatchIsOneUpstreamCall() {
    stub(
        PRICE,
        "symbols",
        "[\"BTCUSDT\",\"ETHUSDT\"]",
        okJson(
            "[{\"symbol\":\"BTCUSDT\",\"price\":\"64000.01000000\"},"
                + "{\"symbol\":\"ETHUSDT\",\"price\":\"3100.50000000\"}]"));

    JsonPath body = batch("btc,ETHUSDT");

    assertEquals(List.of("BTC", "ETH"), body.getList("prices.symbol"));
    assertEquals(List.of("binance", "binance"), body.getList("prices.source"));
    assertEquals(List.of(NOW.toString(), NOW.toString()), body.getList("prices.asOf"));
    assertEquals(
        0,
        new BigDecimal("64000.01").compareTo(body.getObject("prices[0].price", BigDecimal.class)));
    assertEquals(List.of(), body.getList("failed"));
    upstream.verify(1, getRequestedFor(urlPathEqualTo(PRICE)));
  }

  @Test
  void anUnlistedSymbolInTheBatchIsNotFoundAndTheOthersPricedFromOneCallForAllSymbols() {
    // Binance refuses any multi-symbol call naming NOPEUSDT; the service then asks once for every
    // symbol and keeps that answer as long as a cached price.
    upstream.stubFor(
        get(urlPathEqualTo(PRICE))
            .withQueryParam("symbols", matching(".*NOPEUSDT.*"))
            .willReturn(UpstreamStubs.binanceInvalidSymbol()));
    upstream.stubFor(
        get(urlPathEqualTo(PRICE))
            .withQueryParam("symbols", absent())
            .withQueryParam("symbol", absent())
            .willReturn(
                okJson(
                    "[{\"symbol\":\"ETHBTC\",\"price\":\"0.07946600\"},"
                        + "{\"symbol\":\"BTCUSDT\",\"price\":\"64000.01000000\"},"
                        + "{\"symbol\":\"LTCBTC\",\"price\":\"4.00000200\"}]")));

    JsonPath body = batch("BTC,NOPE");
    JsonPath again = batch("BTC,NOPE");

    assertEquals(List.of("BTC"), body.getList("prices.symbol"));
    assertEquals(
        0,
        new BigDecimal("64000.01").compareTo(body.getObject("prices[0].price", BigDecimal.class)));
    assertEquals(List.of(Map.of("symbol", "NOPE", "reason", "not_found")), body.getList("failed"));
    assertEquals(body.getList("failed"), again.getList("failed"));
    upstream.verify(
        1,
        getRequestedFor(urlPathEqualTo(PRICE))
            .withQueryParam("symbols", absent())
            .withQueryParam("symbol", absent()));
  }

  @Test
  void binanceDownIsServiceUnavailableForAPriceAndAFailureInsideABatch() {
    upstream.stubFor(
        get(urlPathEqualTo("/binance/api/v3/ticker/24hr")).willReturn(aResponse().withStatus(502)));
    upstream.stubFor(get(urlPathEqualTo(PRICE)).willReturn(aResponse().withStatus(503)));

    given()
        .auth()
        .oauth2(InternalTokenFixture.token().signed())
        .get("/v1/market/price/BTC")
        .then()
        .statusCode(503)
        .header("Retry-After", "5")
        .body("error.code", org.hamcrest.Matchers.equalTo("service_unavailable"))
        .body("error.retryAfter", org.hamcrest.Matchers.equalTo(5));
    JsonPath body = batch("BTC,ETH");
    assertEquals(List.of(), body.getList("prices"));
    assertEquals(
        List.of(
            Map.of("symbol", "BTC", "reason", "upstream_unavailable"),
            Map.of("symbol", "ETH", "reason", "upstream_unavailable")),
        body.getList("failed"));
    assertTrue(!redis.key().exists(PriceCache.spotKey(Asset.of("BTC"))), "nothing cached");
  }

  private void stub(
      String path,
      String param,
      String value,
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
    MappingBuilder request = get(urlPathEqualTo(path)).withQueryParam(param, equalTo(value));
    upstream.stubFor(request.willReturn(answer));
  }

  private static JsonPath batch(String symbols) {
    return given()
        .auth()
        .oauth2(InternalTokenFixture.token().signed())
        .queryParam("symbols", symbols)
        .get("/v1/market/prices")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
