package dev.vizzor.market.rest;

import static dev.vizzor.market.rest.Api.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.MutableClock;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.service.PriceCache;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Prices go through Redis: the second call within the TTL is the cached value (the key holds it,
 * with its original asOf, although the replay has moved on), and once the key expires the next call
 * asks the source again.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class PriceCacheTest {
  private static final Asset ETH = Asset.of("ETH");
  private static final Asset SOL = Asset.of("SOL");

  @Inject MutableClock clock;
  @Inject RedisDataSource redis;

  @BeforeEach
  void emptyCacheAndStoppedClock() {
    clock.set(Instant.now());
    redis.key().del(PriceCache.quoteKey(ETH), PriceCache.spotKey(ETH), PriceCache.spotKey(SOL));
  }

  @Test
  void aQuoteIsServedFromRedisUntilItsTtlEnds() {
    JsonPath first = price();
    assertFalse(first.getBoolean("cached"));
    String stored = redis.value(String.class).get(PriceCache.quoteKey(ETH));
    assertTrue(stored.contains("\"asOf\":\"" + first.getString("asOf") + "\""), stored);
    assertTrue(stored.contains("\"source\":\"replay\""), stored);
    long ttl = redis.key().pttl(PriceCache.quoteKey(ETH));
    assertTrue(ttl > 0 && ttl <= 2000, "expires within the configured 2 s: " + ttl);

    clock.advance(Duration.ofMinutes(30)); // the replay moves on; the cached answer must not
    JsonPath second = price();
    assertTrue(second.getBoolean("cached"));
    assertEquals(first.getString("asOf"), second.getString("asOf"));
    assertEquals(first.getString("price"), second.getString("price"));

    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !redis.key().exists(PriceCache.quoteKey(ETH)));
    JsonPath third = price();
    assertFalse(third.getBoolean("cached"));
    assertNotEquals(first.getString("asOf"), third.getString("asOf"));
  }

  @Test
  void aBatchReadsAndWritesTheSpotKeys() {
    JsonPath first = batch();
    assertEquals(java.util.List.of(false, false), first.getList("prices.cached"));
    assertTrue(redis.key().exists(PriceCache.spotKey(ETH)));
    assertTrue(redis.key().exists(PriceCache.spotKey(SOL)));

    clock.advance(Duration.ofMinutes(30));
    JsonPath second = batch();
    assertEquals(java.util.List.of(true, true), second.getList("prices.cached"));
    assertEquals(first.getList("prices.asOf"), second.getList("prices.asOf"));

    redis.key().del(PriceCache.spotKey(SOL));
    JsonPath mixed = batch();
    assertEquals(java.util.List.of(true, false), mixed.getList("prices.cached"));
    assertNotEquals(first.getString("prices[1].asOf"), mixed.getString("prices[1].asOf"));
  }

  private static JsonPath price() {
    return call().get("/v1/market/price/eth").then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath batch() {
    return call()
        .queryParam("symbols", "ETH,SOL")
        .get("/v1/market/prices")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
