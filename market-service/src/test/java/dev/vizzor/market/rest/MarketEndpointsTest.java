package dev.vizzor.market.rest;

import static dev.vizzor.market.rest.Api.asService;
import static dev.vizzor.market.rest.Api.call;
import static dev.vizzor.market.rest.Api.fields;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.MutableClock;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.NewPair;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.TrendingCoin;
import dev.vizzor.market.service.PriceCache;
import dev.vizzor.market.source.MarketSource;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every market endpoint on the replay with a stopped clock: the exact field set and types of each
 * answer, its numbers equal to what the source says at that instant, and its 400s and 404s.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class MarketEndpointsTest {
  @Inject MarketSource market;
  @Inject MutableClock clock;
  @Inject RedisDataSource redis;

  @BeforeEach
  void stopTheClockWithAnEmptyCache() {
    clock.set(Instant.now());
    for (Asset asset : market.knownAssets()) {
      redis.key().del(PriceCache.quoteKey(asset), PriceCache.spotKey(asset));
    }
  }

  @Test
  void aPriceHasItsFieldsAndTheSourcesNumbers() {
    Quote quote = market.quote(Asset.of("BTC")).await().indefinitely().orElseThrow();
    JsonPath body = call().get("/v1/market/price/BTC").then().statusCode(200).extract().jsonPath();

    assertEquals(
        Set.of(
            "symbol",
            "pair",
            "price",
            "change24hPercent",
            "high24h",
            "low24h",
            "volume24h",
            "asOf",
            "source",
            "cached"),
        fields(body.getMap("")));
    assertEquals("BTC", body.getString("symbol"));
    assertEquals("BTCUSDT", body.getString("pair"));
    assertEquals(0, quote.price().compareTo(body.getObject("price", BigDecimal.class)));
    assertEquals(
        0,
        quote.change24hPercent().compareTo(body.getObject("change24hPercent", BigDecimal.class)));
    assertEquals(0, quote.high24h().compareTo(body.getObject("high24h", BigDecimal.class)));
    assertEquals(0, quote.low24h().compareTo(body.getObject("low24h", BigDecimal.class)));
    assertEquals(0, quote.volume24h().compareTo(body.getObject("volume24h", BigDecimal.class)));
    assertEquals(quote.asOf(), Instant.parse(body.getString("asOf")));
    assertEquals("replay", body.getString("source"));
    assertFalse(body.getBoolean("cached"));
    assertTrue(body.get("price") instanceof Number, "numbers are JSON numbers");
  }

  @Test
  void everySpellingOfASymbolIsTheSameAsset() {
    for (String spelling : List.of("btc", "BTC", "BTCUSDT", "btc-usdt", "BTC_USDT")) {
      call()
          .get("/v1/market/price/" + spelling)
          .then()
          .statusCode(200)
          .body("symbol", equalTo("BTC"))
          .body("pair", equalTo("BTCUSDT"));
    }
  }

  @Test
  void anUnknownSymbolIsNotFoundAndAMalformedOneInvalid() {
    call()
        .get("/v1/market/price/PEPE")
        .then()
        .statusCode(404)
        .contentType("application/json")
        .body("error.code", equalTo("not_found"))
        .body("error.retryAfter", nullValue());
    for (String malformed : List.of("B$C", "ETHBTC-X", "ETH-BTC", "USDT", "A".repeat(21))) {
      call()
          .get("/v1/market/price/" + malformed)
          .then()
          .statusCode(400)
          .body("error.code", equalTo("invalid_request"));
    }
    assertEquals(0, redis.key().exists(PriceCache.quoteKey(Asset.of("PEPE"))) ? 1 : 0);
  }

  @Test
  void aBatchAnswersWhatItCanAndListsWhatFailed() {
    JsonPath body =
        call()
            .queryParam("symbols", "btc,ETH,BTCUSDT,PEPE,b@d,eth/usdt")
            .get("/v1/market/prices")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertEquals(Set.of("prices", "failed"), fields(body.getMap("")));
    assertEquals(List.of("BTC", "ETH"), body.getList("prices.symbol"));
    assertEquals(
        Set.of("symbol", "pair", "price", "asOf", "source", "cached"),
        fields(body.getMap("prices[0]")));
    for (int i = 0; i < 2; i++) {
      Asset asset = Asset.of(body.getString("prices[" + i + "].symbol"));
      Quote quote = market.quote(asset).await().indefinitely().orElseThrow();
      assertEquals(
          0, quote.price().compareTo(body.getObject("prices[" + i + "].price", BigDecimal.class)));
      assertEquals(quote.asOf(), Instant.parse(body.getString("prices[" + i + "].asOf")));
      assertEquals("replay", body.getString("prices[" + i + "].source"));
    }
    assertEquals(
        List.of(
            Map.of("symbol", "b@d", "reason", "invalid_symbol"),
            Map.of("symbol", "PEPE", "reason", "not_found")),
        body.getList("failed"));
  }

  @Test
  void aBatchNeedsOneToFiftySymbolsAndChangesNothingOtherwise() {
    String fiftyOne =
        IntStream.range(0, 51)
            .mapToObj(i -> i < 8 ? "BTC" : "X" + i)
            .collect(Collectors.joining(","));
    call()
        .queryParam("symbols", fiftyOne)
        .get("/v1/market/prices")
        .then()
        .statusCode(400)
        .body("error.code", equalTo("invalid_request"));
    call()
        .get("/v1/market/prices")
        .then()
        .statusCode(400)
        .body("error.code", equalTo("invalid_request"));
    call().queryParam("symbols", " ").get("/v1/market/prices").then().statusCode(400);
    assertFalse(
        redis.key().exists(PriceCache.spotKey(Asset.of("BTC"))), "a refused batch caches nothing");
    String fifty = IntStream.range(0, 50).mapToObj(i -> "BTC").collect(Collectors.joining(","));
    call()
        .queryParam("symbols", fifty)
        .get("/v1/market/prices")
        .then()
        .statusCode(200)
        .body("prices", hasSize(1))
        .body("failed", hasSize(0));
  }

  @Test
  void trendingIsTheSourcesList() {
    List<TrendingCoin> expected = market.trending().await().indefinitely();
    JsonPath body = call().get("/v1/market/trending").then().statusCode(200).extract().jsonPath();

    assertEquals(Set.of("items", "source"), fields(body.getMap("")));
    assertEquals("replay", body.getString("source"));
    assertEquals(
        expected.stream().map(TrendingCoin::symbol).toList(), body.getList("items.symbol"));
    assertEquals(
        Set.of(
            "symbol",
            "name",
            "marketCapRank",
            "priceChange24hPercent",
            "volume24h",
            "reason",
            "source"),
        fields(body.getMap("items[0]")));
    assertEquals(expected.get(0).reason(), body.getString("items[0].reason"));
    assertEquals(
        0,
        expected
            .get(0)
            .priceChange24hPercent()
            .compareTo(body.getObject("items[0].priceChange24hPercent", BigDecimal.class)));
  }

  @Test
  void fearGreedIsTheLatestValueAndHistoryOnRequest() {
    FearGreedHistory index = market.fearGreed(3).await().indefinitely();
    JsonPath latest =
        call().get("/v1/market/fear-greed").then().statusCode(200).extract().jsonPath();
    assertEquals(
        Set.of("value", "classification", "timestamp", "source", "history"),
        fields(latest.getMap("")));
    assertEquals(index.latest().value(), latest.getInt("value"));
    assertEquals(index.latest().classification(), latest.getString("classification"));
    assertEquals(index.latest().timestamp(), Instant.parse(latest.getString("timestamp")));
    assertEquals("replay", latest.getString("source"));
    assertEquals(List.of(), latest.getList("history"));

    JsonPath withHistory =
        call()
            .queryParam("history", 3)
            .get("/v1/market/fear-greed")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(
        index.history().stream().map(day -> day.timestamp().toString()).toList(),
        withHistory.getList("history.timestamp"));
    assertEquals(
        Set.of("value", "classification", "timestamp"), fields(withHistory.getMap("history[0]")));
    for (String bad : List.of("-1", "1001", "many")) {
      call()
          .queryParam("history", bad)
          .get("/v1/market/fear-greed")
          .then()
          .statusCode(400)
          .body("error.code", equalTo("invalid_request"));
    }
  }

  @Test
  void trenchesArePairsOfTheLastThirtyMinutesByDefault() {
    List<NewPair> expected = market.newPairs(Duration.ofMinutes(30)).await().indefinitely();
    JsonPath body = call().get("/v1/market/trenches").then().statusCode(200).extract().jsonPath();

    assertEquals(Set.of("pairs", "maxAgeMinutes", "source"), fields(body.getMap("")));
    assertEquals(30, body.getInt("maxAgeMinutes"));
    assertEquals("bundled-sample", body.getString("source"));
    assertEquals(
        expected.stream().map(NewPair::pairAddress).toList(), body.getList("pairs.pairAddress"));
    assertEquals(
        Set.of(
            "chain",
            "pairAddress",
            "baseSymbol",
            "quoteSymbol",
            "createdAt",
            "liquidityUsd",
            "volume24hUsd",
            "priceUsd",
            "riskFlags",
            "url",
            "source"),
        fields(body.getMap("pairs[0]")));
    assertEquals(expected.get(0).riskFlags(), body.getList("pairs[0].riskFlags"));
    call()
        .queryParam("maxAgeMinutes", 5)
        .get("/v1/market/trenches")
        .then()
        .statusCode(200)
        .body(
            "pairs", hasSize(market.newPairs(Duration.ofMinutes(5)).await().indefinitely().size()));
    for (String bad : List.of("0", "1441", "soon")) {
      call()
          .queryParam("maxAgeMinutes", bad)
          .get("/v1/market/trenches")
          .then()
          .statusCode(400)
          .body("error.code", equalTo("invalid_request"));
    }
  }

  @Test
  void internalCandlesAreTheSourcesCandles() {
    Instant to = Instant.parse("2022-12-31T12:00:00Z");
    Instant from = to.minus(Duration.ofHours(12));
    List<Candle> expected =
        market.candles(Asset.of("ETH"), Duration.ofHours(4), from, to).await().indefinitely();
    JsonPath body =
        asService()
            .queryParam("interval", "4h")
            .queryParam("from", from.toString())
            .queryParam("to", to.toString())
            .get("/internal/candles/eth")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertEquals(
        Set.of("symbol", "interval", "from", "to", "source", "candles"), fields(body.getMap("")));
    assertEquals("ETH", body.getString("symbol"));
    assertEquals("4h", body.getString("interval"));
    assertEquals("replay", body.getString("source"));
    assertEquals(3, expected.size());
    assertEquals(
        expected.stream().map(c -> c.openTime().toString()).toList(),
        body.getList("candles.openTime"));
    assertEquals(
        Set.of("openTime", "open", "high", "low", "close", "volume"),
        fields(body.getMap("candles[0]")));
    for (int i = 0; i < expected.size(); i++) {
      Candle c = expected.get(i);
      assertEquals(
          0, c.close().compareTo(body.getObject("candles[" + i + "].close", BigDecimal.class)));
      assertEquals(
          0, c.volume().compareTo(body.getObject("candles[" + i + "].volume", BigDecimal.class)));
    }
  }

  @Test
  void internalCandlesDefaultToTheWeekOfCompletedHoursBeforeTheSourcesNow() {
    JsonPath body =
        asService().get("/internal/candles/BTC").then().statusCode(200).extract().jsonPath();
    Instant to = Instant.parse(body.getString("to"));
    assertEquals(market.now().truncatedTo(ChronoUnit.HOURS), to);
    assertEquals(to.minus(Duration.ofDays(7)), Instant.parse(body.getString("from")));
    assertEquals(
        market
            .candles(Asset.of("BTC"), Duration.ofHours(1), to.minus(Duration.ofDays(7)), to)
            .await()
            .indefinitely()
            .size(),
        body.getList("candles").size());
  }

  @Test
  void internalCandlesRefuseBadRequestsAndUnknownAssets() {
    asService()
        .queryParam("interval", "3h")
        .get("/internal/candles/BTC")
        .then()
        .statusCode(400)
        .body("error.code", equalTo("invalid_request"));
    asService().queryParam("from", "yesterday").get("/internal/candles/BTC").then().statusCode(400);
    String bounds =
        " must be an ISO-8601 instant from 2009-01-03T00:00:00Z to 2100-01-01T00:00:00Z,"
            + " such as 2023-01-01T00:00:00Z";
    asService()
        .queryParam("from", "1970-01-01T00:00:00Z")
        .get("/internal/candles/BTC")
        .then()
        .statusCode(400)
        .body("error.message", equalTo("from" + bounds));
    asService()
        .queryParam("to", "+100000-01-01T00:00:00Z")
        .get("/internal/candles/BTC")
        .then()
        .statusCode(400)
        .body("error.message", equalTo("to" + bounds));
    asService()
        .queryParam("from", "2022-01-01T00:00:00Z")
        .queryParam("to", "2022-03-01T00:00:00Z")
        .get("/internal/candles/BTC")
        .then()
        .statusCode(400)
        .body("error.message", equalTo("window holds 1416 candles, more than 1000"));
    asService()
        .get("/internal/candles/PEPE")
        .then()
        .statusCode(404)
        .body("error.code", equalTo("not_found"));
    given()
        .get("/internal/candles/BTC")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthorized"));
    call()
        .get("/internal/candles/BTC")
        .then()
        .statusCode(403)
        .body("error.code", equalTo("forbidden"));
  }

  @Test
  void unknownPathsAreJsonNotFoundInTheirFamilysEnvelope() {
    call()
        .get("/v1/market/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/json")
        .body("error.code", equalTo("not_found"))
        .body("error.message", equalTo("nothing is served at /v1/market/nothing-here"));
    call()
        .get("/no/such/path")
        .then()
        .statusCode(404)
        .contentType("application/json")
        .body("error.code", equalTo("not_found"));
    call()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/json")
        .body("error", equalTo("not_found"));
    call()
        .delete("/v1/market/trending")
        .then()
        .statusCode(405)
        .contentType("application/json")
        .body("error.code", equalTo("method_not_allowed"))
        .body(
            "error.message",
            org.hamcrest.Matchers.startsWith("/v1/market/trending does not take DELETE"));
  }
}
