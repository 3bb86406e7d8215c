package dev.vizzor.market.rest;

import static dev.vizzor.market.rest.Api.call;
import static dev.vizzor.market.rest.Api.fields;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.market.MutableClock;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.source.MarketSource;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /trends} on the replay with a stopped clock: every number recounted here from the
 * source's candles, asset by asset, without the service's trends code.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class TrendsEndpointTest {
  private static final Map<String, Duration> WINDOWS =
      Map.of(
          "1h",
          Duration.ofHours(1),
          "4h",
          Duration.ofHours(4),
          "24h",
          Duration.ofDays(1),
          "7d",
          Duration.ofDays(7));

  @Inject MarketSource market;
  @Inject MutableClock clock;

  /**
   * A replayed instant with volume surges to compare: over the hour before 07:00 BNB, LINK and SOL
   * traded at least 1.5 times their mean of the 7 hours before; over the day before, SOL and XRP.
   */
  private static final Instant SURGING = Instant.parse("2023-01-03T07:30:00Z");

  @BeforeEach
  void stopTheClockWhereVolumesSurge() {
    clock.set(Instant.now());
    clock.advance(Duration.between(market.now(), SURGING)); // the replay runs at speed 1 here
    assertEquals(SURGING, market.now());
  }

  @Test
  void everyWindowsNumbersAreTheCandlesNumbers() {
    Map<String, List<String>> surging =
        Map.of("1h", List.of("BNB", "LINK", "SOL"), "24h", List.of("SOL", "XRP"));
    for (String window : List.of("1h", "4h", "24h", "7d")) {
      JsonPath body =
          call()
              .contentType("application/json")
              .body("{\"window\":\"" + window + "\"}")
              .post("/trends")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      recount(window, body);
      if (surging.containsKey(window)) {
        assertEquals(
            surging.get(window),
            body.getList("volumeSurges.symbol", String.class).stream().sorted().toList(),
            window);
      }
    }
  }

  @Test
  void withoutABodyTheWindowIs24h() {
    JsonPath body =
        call()
            .contentType("application/json")
            .post("/trends")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("24h", body.getString("window"));
    assertEquals(
        Set.of("window", "from", "to", "source", "movers", "volumeSurges", "breadth"),
        fields(body.getMap("")));
    assertEquals(
        Set.of("symbol", "changePercent", "open", "close"), fields(body.getMap("movers[0]")));
    assertEquals(
        Set.of("advancing", "declining", "unchanged", "advanceDeclineRatio"),
        fields(body.getMap("breadth")));
  }

  @Test
  void badBodiesAreRefused() {
    for (String bad :
        List.of(
            "{\"window\":\"2h\"}",
            "{\"window\":24}",
            "[]",
            "{\"window\":\"1h\",\"x\":1}",
            "not json")) {
      call()
          .contentType("application/json")
          .body(bad)
          .post("/trends")
          .then()
          .statusCode(400)
          .body("error.code", equalTo("invalid_request"));
    }
    call()
        .contentType("text/plain")
        .body("{\"window\":\"1h\"}")
        .post("/trends")
        .then()
        .statusCode(415)
        .body("error.code", equalTo("unsupported_media_type"));
    call()
        .contentType("application/json")
        .body("{\"window\":\"" + "x".repeat(2000) + "\"}")
        .post("/trends")
        .then()
        .statusCode(413)
        .body("error.code", equalTo("payload_too_large"));
  }

  /** The window's candles per asset, then change, volume ratio and breadth, counted here. */
  private void recount(String window, JsonPath body) {
    Duration length = WINDOWS.get(window);
    Duration candle = window.equals("7d") ? Duration.ofHours(4) : Duration.ofHours(1);
    long step = candle.toMillis();
    Instant to = Instant.ofEpochMilli(market.now().toEpochMilli() / step * step);
    assertEquals(to, Instant.parse(body.getString("to")), window);
    assertEquals(to.minus(length), Instant.parse(body.getString("from")), window);
    assertEquals("replay", body.getString("source"));
    int advancing = 0, declining = 0, unchanged = 0, surges = 0;
    for (Asset asset : market.knownAssets()) {
      List<Candle> all =
          market
              .candles(asset, candle, to.minus(length.multipliedBy(8)), to)
              .await()
              .indefinitely();
      BigDecimal[] volumes = new BigDecimal[8];
      java.util.Arrays.fill(volumes, BigDecimal.ZERO);
      boolean[] seen = new boolean[8];
      Candle first = null, last = null;
      for (Candle c : all) {
        int k = (int) ((Duration.between(c.openTime(), to).toMillis() - 1) / length.toMillis());
        volumes[k] = volumes[k].add(c.volume());
        seen[k] = true;
        if (k == 0) {
          first = first == null ? c : first;
          last = c;
        }
      }
      String prefix = "movers.find { it.symbol == '" + asset.base() + "' }";
      BigDecimal change =
          last.close()
              .subtract(first.open())
              .multiply(BigDecimal.valueOf(100))
              .divide(first.open(), 4, RoundingMode.HALF_EVEN);
      assertEquals(
          0,
          change.compareTo(body.getObject(prefix + ".changePercent", BigDecimal.class)),
          window + " " + asset);
      int sign = last.close().compareTo(first.open());
      advancing += sign > 0 ? 1 : 0;
      declining += sign < 0 ? 1 : 0;
      unchanged += sign == 0 ? 1 : 0;
      BigDecimal earlier = BigDecimal.ZERO;
      int windows = 0;
      for (int k = 1; k < 8; k++) {
        if (seen[k]) {
          earlier = earlier.add(volumes[k]);
          windows++;
        }
      }
      BigDecimal ratio =
          volumes[0].divide(
              earlier.divide(BigDecimal.valueOf(windows), 8, RoundingMode.HALF_EVEN),
              4,
              RoundingMode.HALF_EVEN);
      Object reported = body.get("volumeSurges.find { it.symbol == '" + asset.base() + "' }.ratio");
      if (ratio.compareTo(new BigDecimal("1.5")) >= 0) {
        surges++;
        assertEquals(0, ratio.compareTo(new BigDecimal(reported.toString())), window + " " + asset);
      } else {
        assertEquals(null, reported, window + " " + asset);
      }
    }
    assertEquals(market.knownAssets().size(), body.getList("movers").size());
    assertEquals(surges, body.getList("volumeSurges").size());
    assertEquals(advancing, body.getInt("breadth.advancing"), window);
    assertEquals(declining, body.getInt("breadth.declining"), window);
    assertEquals(unchanged, body.getInt("breadth.unchanged"), window);
  }
}
