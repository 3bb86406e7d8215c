package dev.vizzor.prediction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.MarketStub;
import dev.vizzor.testsupport.MarketTicks;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * ChronoVisor end to end on market time: the test is market-service, ticking BTC hour by hour from
 * 2023-03-20 to 2023-03-26 (real candles from the stub, with Binance's real gap at 2023-03-24
 * 13:00), skipping six hours on 2023-03-22 as a service that was away would see them. Then it
 * checks what was emitted, how each prediction resolved against the candles of its own horizon, the
 * events, and finally that market time going back starts a new run.
 */
@QuarkusTest
@TestProfile(ChronoVisorProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChronoVisorPipelineTest {
  private static final Instant FIRST = Instant.parse("2023-03-20T00:00:00Z");
  private static final Instant LAST = Instant.parse("2023-03-26T01:00:00Z");
  private static final Instant AWAY_FROM = Instant.parse("2023-03-22T11:00:00Z");
  private static final Instant AWAY_TO = Instant.parse("2023-03-22T15:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  KafkaBroker broker;
  TestDatabase database;

  private static TopicReader emitted;
  private static TopicReader resolved;

  static RequestSpecification call() {
    return given().auth().oauth2(InternalTokenFixture.token().signed());
  }

  /** Boundaries the test ticks: every hour from FIRST to LAST but the six hours away. */
  private static List<Instant> boundaries() {
    List<Instant> hours = new ArrayList<>();
    for (Instant at = FIRST; !at.isAfter(LAST); at = at.plus(HOUR)) {
      if (at.isBefore(AWAY_FROM) || at.isAfter(AWAY_TO)) {
        hours.add(at);
      }
    }
    return hours;
  }

  @Test
  @Order(1)
  void predictionsAreEmittedAtEachBoundaryOfMarketTimeAndResolvedOnTheirOwnCandles()
      throws Exception {
    emitted = new TopicReader(broker, "vizzor.predictions.emitted");
    resolved = new TopicReader(broker, "vizzor.predictions.resolved");
    try (MarketTicks ticks = new MarketTicks(broker)) {
      for (Instant boundary : boundaries()) {
        ticks.tick(UUID.randomUUID(), "BTC", "27000.5", boundary.plus(Duration.ofMinutes(30)));
      }
    }
    Awaitility.await("the pipeline reached the last boundary")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                LAST.toString()
                    .equals(
                        call().get("/v1/market/ml-health").jsonPath().getString("lastBoundary")));

    Map<String, MarketStub.Row> candles = new HashMap<>();
    MarketStub.btc().forEach(row -> candles.put(row.openTime().toString(), row));
    Set<String> expected = new HashSet<>();
    for (Instant at : boundaries()) {
      if (candles.containsKey(at.minus(HOUR).toString())) {
        expected.add("1h@" + at);
        if (at.toEpochMilli() % Duration.ofHours(4).toMillis() == 0) {
          expected.add("4h@" + at);
        }
        if (at.toEpochMilli() % Duration.ofDays(1).toMillis() == 0) {
          expected.add("1d@" + at);
        }
      }
    }
    List<Map<String, Object>> rows = rows("SELECT * FROM predictions WHERE origin = 'scheduled'");
    Set<String> stored = new HashSet<>();
    for (Map<String, Object> row : rows) {
      stored.add(
          row.get("horizon") + "@" + ((java.sql.Timestamp) row.get("emitted_at")).toInstant());
    }
    assertEquals(
        expected,
        stored,
        "one prediction per horizon boundary with a closed candle, none while away");

    Set<String> expired = new HashSet<>();
    for (Map<String, Object> row : rows) {
      Instant emittedAt = ((java.sql.Timestamp) row.get("emitted_at")).toInstant();
      String horizon = (String) row.get("horizon");
      double entry = (Double) row.get("entry_price");
      assertEquals(
          Double.parseDouble(candles.get(emittedAt.minus(HOUR).toString()).close()),
          entry,
          0,
          "entry = close of the candle that closed at emission");
      double sum =
          (Double) row.get("prob_up")
              + (Double) row.get("prob_down")
              + (Double) row.get("prob_sideways");
      assertEquals(1, sum, 1e-9);
      assertTrue(
          (Double) row.get("upper_price") > entry && (Double) row.get("lower_price") < entry);
      int decided = (Integer) row.get("record_hits") + (Integer) row.get("record_misses");
      if (decided < 50) {
        assertEquals(
            "advisory", row.get("tier"), "no tier above advisory without 50 decided calls");
      }
      int hours =
          switch (horizon) {
            case "1h" -> 1;
            case "4h" -> 4;
            default -> 24;
          };
      assertEquals(
          emittedAt.plus(Duration.ofHours(hours)),
          ((java.sql.Timestamp) row.get("resolves_at")).toInstant());
      List<MarketStub.Row> path = new ArrayList<>();
      for (int h = 0; h < hours; h++) {
        MarketStub.Row bar = candles.get(emittedAt.plus(Duration.ofHours(h)).toString());
        if (bar != null) {
          path.add(bar);
        }
      }
      Instant due = emittedAt.plus(Duration.ofHours(hours));
      switch ((String) row.get("status")) {
        case "resolved" -> {
          assertEquals(hours, path.size(), "resolved only on a complete horizon");
          assertEquals(
              Rules.outcome(
                  (String) row.get("direction"),
                  (Double) row.get("upper_price"),
                  (Double) row.get("lower_price"),
                  (Double) row.get("band_low"),
                  (Double) row.get("band_high"),
                  path),
              row.get("outcome"),
              "outcome of " + horizon + "@" + emittedAt + " from its own candles");
          assertEquals(
              Double.parseDouble(path.get(hours - 1).close()), (Double) row.get("close_price"), 0);
        }
        case "expired" -> expired.add(horizon + "@" + emittedAt);
        default ->
            assertTrue(
                due.isAfter(LAST) || path.size() < hours,
                "pending only when not yet due: " + horizon + "@" + emittedAt);
      }
    }
    // Binance has no candle opening 2023-03-24 13:00: every horizon spanning it expires at twice
    // its length
    assertEquals(
        Set.of("1h@2023-03-24T13:00:00Z", "4h@2023-03-24T12:00:00Z", "1d@2023-03-24T00:00:00Z"),
        expired);

    database.awaitOutboxDrained();
    List<ConsumerRecord<String, String>> emittedEvents = emitted.drain(r -> "BTC".equals(r.key()));
    assertEquals(rows.size(), emittedEvents.size(), "one emitted event per stored prediction");
    long settled = rows.stream().filter(r -> !"pending".equals(r.get("status"))).count();
    assertEquals(
        settled,
        resolved.drain(r -> "BTC".equals(r.key())).size(),
        "one resolved event per settled prediction");
  }

  @Test
  @Order(2)
  void eventsCarryThePredictionAsTheApiShowsIt() throws Exception {
    JsonNode pending =
        JSON.readTree(call().get("/v1/chronovisor/predictions?status=pending&limit=1").asString())
            .get("data")
            .get(0);
    JsonNode pendingEvent = event(emitted, pending.get("id").asText());
    assertEquals(pending, pendingEvent, "a pending prediction's emitted event equals its resource");
    JsonNode settled =
        JSON.readTree(call().get("/v1/chronovisor/predictions?status=resolved&limit=1").asString())
            .get("data")
            .get(0);
    assertEquals(
        settled,
        event(resolved, settled.get("id").asText()),
        "a resolution's event equals the resolved resource");
  }

  @Test
  @Order(3)
  void everyAccuracyFigureEqualsARecountOfTheStoredRows() throws Exception {
    JsonNode report = JSON.readTree(call().get("/v1/chronovisor/accuracy").asString());
    long run = report.get("filter").get("run").asLong();
    List<Map<String, Object>> scheduled =
        rows("SELECT * FROM predictions WHERE origin = 'scheduled' AND run_id = " + run);
    assertTrue(scheduled.size() > 150);
    JsonNode body = report.get("report");
    Recount.assertCut("overall", scheduled, body.get("overall"));
    Recount.assertCut(
        "headline",
        Recount.only(scheduled, r -> !"advisory".equals(r.get("tier"))),
        body.get("headline"));
    for (String horizon : List.of("1h", "4h", "1d")) {
      Recount.assertCut(
          horizon,
          Recount.only(scheduled, r -> horizon.equals(r.get("horizon"))),
          body.get("byHorizon").get(horizon));
    }
    body.get("byTier")
        .fieldNames()
        .forEachRemaining(
            tier ->
                Recount.assertCut(
                    tier,
                    Recount.only(scheduled, r -> tier.equals(r.get("tier"))),
                    body.get("byTier").get(tier)));
    Recount.assertCut("BTC", scheduled, body.get("bySymbol").get("BTC"));

    JsonNode fourHours =
        JSON.readTree(
            call()
                .get(
                    "/v1/chronovisor/accuracy?horizon=4h&from=2023-03-23T00:00:00Z&to=2023-03-25T00:00:00Z")
                .asString());
    Recount.assertCut(
        "4h in range",
        Recount.only(
            scheduled,
            r ->
                "4h".equals(r.get("horizon"))
                    && !((java.sql.Timestamp) r.get("emitted_at"))
                        .toInstant()
                        .isBefore(Instant.parse("2023-03-23T00:00:00Z"))
                    && ((java.sql.Timestamp) r.get("emitted_at"))
                        .toInstant()
                        .isBefore(Instant.parse("2023-03-25T00:00:00Z"))),
        fourHours.get("report").get("overall"));
  }

  @Test
  @Order(4)
  void onDemandPredictionsAreStoredApartAndNeverInTheHeadline() throws Exception {
    JsonNode before =
        JSON.readTree(call().get("/v1/chronovisor/accuracy").asString()).get("report");
    String body = "{\"symbol\":\"btcusdt\",\"horizons\":[\"1h\",\"4h\"]}";
    JsonNode first =
        JSON.readTree(
            call()
                .contentType("application/json")
                .body(body)
                .post("/predict")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals("BTC", first.get("symbol").asText());
    assertEquals(2, first.get("predictions").size());
    for (JsonNode p : first.get("predictions")) {
      assertEquals("on-demand", p.get("origin").asText());
      assertEquals(
          LAST.toString(),
          Instant.parse(p.get("emittedAt").asText()).toString(),
          "at the last closed candle of market time");
    }
    JsonNode again =
        JSON.readTree(
            call().contentType("application/json").body(body).post("/predict").asString());
    assertEquals(
        first.get("predictions").get(0).get("id"),
        again.get("predictions").get(0).get("id"),
        "asking again in the same hour is the same prediction");
    assertEquals(2, database.count("select count(*) from predictions where origin = 'on-demand'"));

    JsonNode after = JSON.readTree(call().get("/v1/chronovisor/accuracy").asString()).get("report");
    assertEquals(before.get("headline"), after.get("headline"));
    assertEquals(before.get("overall"), after.get("overall"));
    assertEquals(2, after.get("onDemand").get("pending").asInt());
  }

  @Test
  @Order(5)
  void badRequestsAreAnsweredInTheVizzorEnvelopeAndWriteNothing() {
    long stored = database.count("select count(*) from predictions");
    call()
        .contentType("application/json")
        .body("{\"symbol\":\"DOGE\"}")
        .post("/predict")
        .then()
        .statusCode(404)
        .body("error.code", org.hamcrest.Matchers.equalTo("not_found"));
    call()
        .contentType("application/json")
        .body("{\"symbol\":\"BTC\",\"horizons\":[\"2h\"]}")
        .post("/predict")
        .then()
        .statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("invalid_request"));
    call()
        .contentType("application/json")
        .body("{\"symbol\":\"BT C\"}")
        .post("/predict")
        .then()
        .statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("invalid_request"));
    call()
        .contentType("application/json")
        .post("/predict")
        .then()
        .statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("invalid_request"));
    call()
        .get("/v1/chronovisor/DOGE")
        .then()
        .statusCode(404)
        .body("error.code", org.hamcrest.Matchers.equalTo("not_found"));
    call()
        .get("/v1/chronovisor/BTC?horizons=1h,5m")
        .then()
        .statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("invalid_request"));
    call()
        .get("/v1/chronovisor/predictions?limit=0")
        .then()
        .statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("invalid_request"));
    call()
        .get("/v1/chronovisor/predictions?cursor=nonsense")
        .then()
        .statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("invalid_request"));
    call()
        .get("/v1/chronovisor/accuracy?tier=best")
        .then()
        .statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("invalid_request"));
    call()
        .get("/v1/chronovisor/accuracy?from=yesterday")
        .then()
        .statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("invalid_request"));
    given().get("/v1/chronovisor/BTC").then().statusCode(401);
    assertEquals(stored, database.count("select count(*) from predictions"));
  }

  @Test
  @Order(6)
  void theSymbolViewListingAndHealthTellTheSameStory() throws Exception {
    JsonNode view = JSON.readTree(call().get("/v1/chronovisor/btc?horizons=4h,1h").asString());
    assertEquals("BTC", view.get("symbol").asText());
    assertEquals("4h", view.get("horizons").get(0).get("horizon").asText());
    JsonNode latest1h = view.get("horizons").get(1).get("latest");
    assertEquals(LAST.toString(), Instant.parse(latest1h.get("emittedAt").asText()).toString());
    assertEquals("scheduled", latest1h.get("origin").asText());
    assertEquals(
        database.count(
            "select count(*) from predictions where origin = 'scheduled' and horizon = '1h' and outcome = 'HIT'"),
        view.get("horizons").get(1).get("record").get("hit").asLong());

    // paging: newest first, every scheduled 4h prediction exactly once across pages of 7
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          JSON.readTree(
              call()
                  .queryParam("horizon", "4h")
                  .queryParam("origin", "scheduled")
                  .queryParam("limit", 7)
                  .queryParam("cursor", cursor == null ? "" : cursor)
                  .get("/v1/chronovisor/predictions")
                  .asString());
      page.get("data").forEach(p -> ids.add(p.get("id").asText()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    assertEquals(
        database.count(
            "select count(*) from predictions where horizon = '4h' and origin = 'scheduled'"),
        ids.size());
    assertEquals(ids.size(), new HashSet<>(ids).size());

    JsonNode health = JSON.readTree(call().get("/v1/market/ml-health").asString());
    assertEquals("ok", health.get("status").asText());
    assertEquals(0, health.get("lagSeconds").asLong(), "keeping pace with the candle clock");
    assertEquals(
        database.count(
            "select count(*) from predictions where status = 'pending' and run_id = "
                + health.get("run").asLong()),
        health.get("pendingResolutions").asLong());
    assertEquals(3, health.get("models").size(), "one model per horizon of BTC");
    assertEquals(14, health.get("features").size());
    for (JsonNode model : health.get("models")) {
      assertTrue(model.get("samples").asInt() >= 720);
      assertTrue(Instant.parse(model.get("trainedThrough").asText()).isBefore(LAST));
    }
  }

  @Test
  @Order(7)
  void marketTimeGoingBackStartsANewRunAndExpiresWhatTheOldOneLeftPending() throws Exception {
    long oldRun = JSON.readTree(call().get("/v1/market/ml-health").asString()).get("run").asLong();
    long leftPending =
        database.count(
            "select count(*) from predictions where status = 'pending' and run_id = " + oldRun);
    assertTrue(leftPending > 0);
    Instant rewound = Instant.parse("2023-01-10T00:00:00Z");
    try (MarketTicks ticks = new MarketTicks(broker)) {
      ticks.tick(UUID.randomUUID(), "BTC", "27000.5", rewound.plus(Duration.ofMinutes(30)));
    }
    Awaitility.await("a new run began")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                rewound
                    .toString()
                    .equals(
                        call().get("/v1/market/ml-health").jsonPath().getString("lastBoundary")));
    long newRun = JSON.readTree(call().get("/v1/market/ml-health").asString()).get("run").asLong();
    assertEquals(oldRun + 1, newRun);
    assertEquals(
        0,
        database.count(
            "select count(*) from predictions where status = 'pending' and run_id = " + oldRun));
    assertEquals(
        leftPending,
        database.count(
            "select count(*) from predictions where run_id = "
                + oldRun
                + " and expired_reason like 'market time went back%'"));
    assertEquals(
        3,
        database.count(
            "select count(*) from predictions where run_id = "
                + newRun
                + " and emitted_at = '2023-01-10T00:00:00Z'"),
        "1h, 4h and 1d at midnight");

    JsonNode current = JSON.readTree(call().get("/v1/chronovisor/accuracy").asString());
    assertEquals(newRun, current.get("filter").get("run").asLong());
    assertEquals(3, current.get("report").get("overall").get("pending").asInt());
    JsonNode all = JSON.readTree(call().get("/v1/chronovisor/accuracy?run=all").asString());
    assertTrue(all.get("filter").get("run").isNull());
    assertEquals(
        database.count(
            "select count(*) from predictions where origin = 'scheduled' and status = 'resolved'"),
        all.get("report").get("overall").get("n").asLong());
  }

  private static JsonNode event(TopicReader reader, String id) throws Exception {
    List<ConsumerRecord<String, String>> matching = reader.drain(r -> id.equals(idOf(r.value())));
    assertEquals(1, matching.size(), "one event for " + id);
    assertEquals(id, new String(matching.get(0).headers().lastHeader("ce_subject").value()));
    return JSON.readTree(matching.get(0).value());
  }

  private static String idOf(String json) {
    try {
      return JSON.readTree(json).path("id").asText();
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private List<Map<String, Object>> rows(String sql) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection connection = database.connect();
        ResultSet result = connection.createStatement().executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 1; i <= columns; i++) {
          row.put(result.getMetaData().getColumnName(i), result.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @AfterAll
  static void closeReaders() {
    if (emitted != null) {
      emitted.close();
      resolved.close();
    }
  }
}
