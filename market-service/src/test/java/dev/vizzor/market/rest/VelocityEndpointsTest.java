package dev.vizzor.market.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.MutableClock;
import dev.vizzor.market.service.VelocityIngest;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two Velocity endpoints on items recorded by real ingest passes over the replay, checked
 * against the rows read back from PostgreSQL and scored here with {@link ReferenceVelocity}, the
 * definition in VELOCITY.md computed again independently of the production scorer.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class VelocityEndpointsTest {
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
  private static final DateTimeFormatter SEED_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  static final Set<String> TREND_FIELDS =
      Set.of(
          "id",
          "title",
          "description",
          "category",
          "subcategory",
          "velocityScore",
          "velocityState",
          "sourceCount",
          "dataPoints",
          "sources",
          "firstSeen",
          "lastUpdated");
  private static final Set<String> PULSE_FIELDS =
      Set.of(
          "id",
          "title",
          "category",
          "subcategory",
          "status",
          "velocityScore",
          "velocityState",
          "latest",
          "lastUpdated");
  private static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "url", "publishedAt");
  private static final int DEFAULT_ITEMS = 10; // 8 replayed assets, breadth, fear & greed

  TestDatabase database;

  @Inject VelocityIngest ingest;
  @Inject MutableClock clock;

  @BeforeEach
  void startFromNothing() {
    database.execute("TRUNCATE tracked_items CASCADE");
    clock.set(Instant.now());
  }

  @AfterEach
  void releaseClock() {
    clock.set(null);
  }

  @Test
  void trendsAnswerExactlyTheDocumentedShapeWithItsDefaults() {
    passes(1);
    JsonPath body = get("/api/v1/trends").statusCode(200).extract().jsonPath();
    assertEquals(Set.of("data", "meta"), body.getMap("").keySet());
    assertEquals(
        Set.of("total", "limit", "category", "minScore", "timestamp"),
        body.getMap("meta").keySet());
    assertEquals(DEFAULT_ITEMS, body.getInt("meta.total"));
    assertEquals(20, body.getInt("meta.limit"));
    assertEquals("all", body.getString("meta.category"));
    assertEquals(0, body.getInt("meta.minScore"));
    assertTrue(TIMESTAMP.matcher(body.getString("meta.timestamp")).matches());
    List<Map<String, Object>> data = body.getList("data");
    assertEquals(DEFAULT_ITEMS, data.size());
    for (Map<String, Object> trend : data) {
      assertEquals(TREND_FIELDS, trend.keySet(), trend.toString());
      assertTrue(trend.containsKey("subcategory") && trend.get("subcategory") == null);
      assertTrue(TIMESTAMP.matcher((String) trend.get("firstSeen")).matches());
      assertTrue(TIMESTAMP.matcher((String) trend.get("lastUpdated")).matches());
      for (Map<String, Object> point : list(trend, "dataPoints")) {
        assertEquals(Set.of("timestamp", "score", "granularity"), point.keySet());
        assertTrue(TIMESTAMP.matcher((String) point.get("timestamp")).matches());
      }
      for (Map<String, Object> source : list(trend, "sources")) {
        assertEquals(SOURCE_FIELDS, source.keySet());
      }
    }
    Map<String, Object> bitcoin = byId(data, "crypto-bitcoin");
    assertEquals("BTC Price", bitcoin.get("title"));
    assertEquals("Bitcoin cryptocurrency price tracking", bitcoin.get("description"));
    assertEquals("crypto", bitcoin.get("category"));
  }

  @Test
  void pulseAnswersTheLatestPointPerItemWithItsDefaults() {
    passes(3);
    JsonPath body =
        get("/api/v1/pulse")
            .statusCode(200)
            .extract()
            .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    assertEquals(Set.of("data", "meta"), body.getMap("").keySet());
    assertEquals(
        Set.of("total", "limit", "category", "status", "timestamp"), body.getMap("meta").keySet());
    assertEquals(50, body.getInt("meta.limit"));
    assertEquals("all", body.getString("meta.category"));
    assertEquals("active", body.getString("meta.status"));
    assertEquals(DEFAULT_ITEMS, body.getInt("meta.total"));
    List<Map<String, Object>> data = body.getList("data");
    assertEquals(DEFAULT_ITEMS, data.size());
    for (Map<String, Object> item : data) {
      assertEquals(PULSE_FIELDS, item.keySet());
      assertEquals("active", item.get("status"));
      Map<String, Object> latest = map(item, "latest");
      assertEquals(Set.of("timestamp", "value", "score", "granularity", "source"), latest.keySet());
      assertEquals(SOURCE_FIELDS, map(latest, "source").keySet());
      StoredRows.Point newest = newestRow(StoredRows.points(database, (String) item.get("id")));
      assertEquals(seedFormat(newest.observedAt()), latest.get("timestamp"));
      assertEquals(newest.granularity(), latest.get("granularity"));
      assertEquals(newest.value(), ((Number) latest.get("value")).doubleValue(), 0);
      assertEquals(newest.sourceId(), map(latest, "source").get("id"));
    }
    assertEquals(
        "five_min",
        map(byId(data, "crypto-bitcoin"), "latest").get("granularity"),
        "a crypto item's newest point is its 5-minute quote, not the last hourly close");
  }

  @ParameterizedTest(name = "{0}?{1}={2} is 400")
  @CsvSource({
    "trends, limit, 0",
    "trends, limit, 101",
    "trends, limit, abc",
    "trends, limit, 1.5",
    "trends, limit, -1",
    "trends, minScore, -1",
    "trends, minScore, 101",
    "trends, minScore, 100.5",
    "trends, minScore, NaN",
    "trends, minScore, Infinity",
    "trends, minScore, abc",
    "trends, category, not a category",
    "pulse, limit, 0",
    "pulse, limit, 101",
    "pulse, limit, abc",
    "pulse, status, deleted",
  })
  void aBadParameterIsABadRequestInTheVelocityEnvelope(String path, String name, String value) {
    JsonPath body =
        caller()
            .queryParam(name, value)
            .get("/api/v1/" + path)
            .then()
            .statusCode(400)
            .contentType("application/json")
            .body("error", equalTo("bad_request"))
            .extract()
            .jsonPath();
    assertEquals(Set.of("error", "message"), body.getMap("").keySet());
    assertTrue(body.getString("message").contains(name), body.getString("message"));
  }

  @Test
  void theBoundsThemselvesAreAcceptedAndAnEmptyValueIsTheDefault() {
    passes(1);
    caller().queryParam("limit", 1).get("/api/v1/trends").then().statusCode(200);
    caller().queryParam("limit", 100).get("/api/v1/pulse").then().statusCode(200);
    caller()
        .queryParam("minScore", "100")
        .get("/api/v1/trends")
        .then()
        .statusCode(200)
        .body("meta.minScore", equalTo(100));
    caller()
        .queryParam("minScore", "49.5")
        .get("/api/v1/trends")
        .then()
        .statusCode(200)
        .body("meta.minScore", equalTo(49.5f));
    caller()
        .queryParam("limit", "")
        .queryParam("category", "")
        .queryParam("minScore", "")
        .get("/api/v1/trends")
        .then()
        .statusCode(200)
        .body("meta.limit", equalTo(20))
        .body("meta.category", equalTo("all"))
        .body("meta.minScore", equalTo(0));
    caller()
        .queryParam("status", "all")
        .get("/api/v1/pulse")
        .then()
        .statusCode(200)
        .body("meta.status", equalTo("all"));
  }

  @Test
  void withoutTheGatewaysTokenBothEndpointsAnswer401InTheVelocityEnvelope() {
    for (String path : List.of("/api/v1/trends", "/api/v1/pulse")) {
      given()
          .get(path)
          .then()
          .statusCode(401)
          .body("error", equalTo("unauthorized"))
          .body(
              "message",
              equalTo(
                  "this service is reached through the gateway, which supplies an internal token"));
    }
  }

  @Test
  void aFailingDatabaseIsA500InternalErrorInTheVelocityEnvelope() {
    database.execute("ALTER TABLE data_points RENAME TO data_points_away");
    try {
      for (String path : List.of("/api/v1/trends", "/api/v1/pulse")) {
        get(path)
            .statusCode(500)
            .body("error", equalTo("internal_error"))
            .body("message", equalTo("the request failed; retry with backoff"));
      }
    } finally {
      database.execute("ALTER TABLE data_points_away RENAME TO data_points");
    }
  }

  @Test
  void scoresStatesPointsAndSourcesEqualARecountOfTheStoredRows() {
    passes(1);
    assertTrendsMatchTheStoredRows();
    assertEquals(
        "hourly",
        granularityOf("crypto-bitcoin"),
        "right after the backfill a crypto item is scored on its real hourly closes");
    passes(40);
    assertTrendsMatchTheStoredRows();
    assertEquals(
        "five_min",
        granularityOf("crypto-bitcoin"),
        "with 37+ five-minute steps the item is scored on them");
    assertEquals("daily", granularityOf("market-fear-greed"));
  }

  @Test
  void anIngestPassRepeatedAtTheSameInstantChangesNothing() {
    passes(2);
    List<StoredRows.Point> points = StoredRows.allPoints(database);
    List<StoredRows.Item> items = StoredRows.items(database);
    ingest.pass().await().indefinitely();
    assertEquals(points, StoredRows.allPoints(database));
    assertEquals(items, StoredRows.items(database));
    assertEquals(
        2,
        database.count(
            "SELECT count(*) FROM data_points WHERE item_id = 'crypto-bitcoin'"
                + " AND granularity = 'five_min'"),
        "one point per 5-minute step, however often it is recorded");
  }

  @Test
  void theCategoryFilterKeepsThatCategoryAndAnUnknownOneMatchesNothing() {
    passes(1);
    for (String category : List.of("crypto", "market")) {
      JsonPath body =
          caller()
              .queryParam("category", category)
              .get("/api/v1/trends")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      long stored =
          database.count(
              "SELECT count(*) FROM tracked_items WHERE category = ? AND status = 'active'",
              category);
      assertEquals(stored, body.getInt("meta.total"));
      assertEquals(category, body.getString("meta.category"));
      List<String> categories = body.getList("data.category");
      assertEquals(stored, categories.size());
      assertTrue(categories.stream().allMatch(category::equals));
    }
    caller()
        .queryParam("category", "security")
        .get("/api/v1/trends")
        .then()
        .statusCode(200)
        .body("data.size()", equalTo(0))
        .body("meta.total", equalTo(0))
        .body("meta.category", equalTo("security"));
    caller()
        .queryParam("category", "market")
        .get("/api/v1/pulse")
        .then()
        .statusCode(200)
        .body("meta.total", equalTo(2))
        .body("data.id", containsInAnyOrder("market-breadth", "market-fear-greed"));
  }

  @Test
  void trendsAreSortedByScoreAndMinScoreDropsWeakerItems() {
    passes(40);
    JsonPath all =
        caller()
            .queryParam("limit", 100)
            .get("/api/v1/trends")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Integer> scores = all.getList("data.velocityScore");
    List<String> ids = all.getList("data.id");
    for (int i = 1; i < scores.size(); i++) {
      assertTrue(
          scores.get(i - 1) > scores.get(i)
              || (scores.get(i - 1).equals(scores.get(i))
                  && ids.get(i - 1).compareTo(ids.get(i)) < 0),
          "score descending, then id: " + ids + " " + scores);
    }
    int threshold = scores.get(scores.size() / 2);
    long expected = scores.stream().filter(score -> score >= threshold).count();
    JsonPath filtered =
        caller()
            .queryParam("minScore", threshold)
            .queryParam("limit", 2)
            .get("/api/v1/trends")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(expected, filtered.getInt("meta.total"));
    assertEquals(2, filtered.getInt("meta.limit"));
    assertEquals(Math.min(2, expected), filtered.getList("data").size());
    assertEquals(ids.subList(0, (int) Math.min(2, expected)), filtered.getList("data.id"));
  }

  @Test
  void everySourceSaysItIsTheReplayAndLinksNowhere() {
    passes(2);
    List<StoredRows.Point> points = StoredRows.allPoints(database);
    assertFalse(points.isEmpty());
    for (StoredRows.Point point : points) {
      assertTrue(point.sourceId().startsWith("replay:"), point.sourceId());
      assertTrue(point.sourceTitle().endsWith(" · replay"), point.sourceTitle());
      assertNull(point.sourceUrl(), "a replayed value has no public page");
    }
    StoredRows.Point quote =
        StoredRows.points(database, "crypto-bitcoin").stream()
            .filter(point -> point.granularity().equals("five_min"))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertTrue(
        Pattern.matches(
            "BTC: \\$[0-9,]+\\.\\d\\d \\([+-]\\d+\\.\\d%\\) · replay", quote.sourceTitle()),
        quote.sourceTitle());
    assertTrue(quote.sourceId().startsWith("replay:BTCUSDT:"));
  }

  @Test
  void anItemNoLongerIngestedBecomesInactiveAndPulseCanListIt() {
    database.execute(
        "INSERT INTO tracked_items VALUES ('crypto-pepe', 'PEPE Price',"
            + " 'PEPE cryptocurrency price tracking', 'crypto', NULL, 'active',"
            + " '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')");
    passes(1);
    assertEquals(
        "inactive", database.text("SELECT status FROM tracked_items WHERE id = 'crypto-pepe'"));
    List<String> active =
        get("/api/v1/pulse").statusCode(200).extract().jsonPath().getList("data.id");
    assertFalse(active.contains("crypto-pepe"));
    JsonPath inactive =
        caller()
            .queryParam("status", "inactive")
            .get("/api/v1/pulse")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of("crypto-pepe"), inactive.getList("data.id"));
    assertEquals(1, inactive.getInt("meta.total"));
    assertNull(inactive.get("data[0].latest"), "it has no points");
    assertEquals(
        0,
        caller()
            .queryParam("category", "crypto")
            .get("/api/v1/trends")
            .then()
            .extract()
            .jsonPath()
            .getList("data.id")
            .stream()
            .filter("crypto-pepe"::equals)
            .count(),
        "trends lists active items only");
  }

  @Test
  void pointsPastRetentionOrFromTheReplaysFutureArePurged() {
    passes(1);
    Instant newest = newestRow(StoredRows.points(database, "crypto-bitcoin")).observedAt();
    database.execute(
        "INSERT INTO data_points VALUES ('crypto-bitcoin', 'five_min', '"
            + newest.minus(Duration.ofDays(8))
            + "', 1, 'replay:old', 'old · replay', NULL, '"
            + newest.minus(Duration.ofDays(8))
            + "')");
    clock.advance(Duration.ofHours(-3)); // the replay restarted three hours earlier
    ingest.pass().await().indefinitely();
    assertEquals(
        0,
        database.count("SELECT count(*) FROM data_points WHERE source_id = 'replay:old'"),
        "older than the 7 days five-minute points are kept");
    assertEquals(
        0,
        database.count(
            "SELECT count(*) FROM data_points WHERE observed_at > ?::timestamptz",
            newest.minus(Duration.ofHours(3)).toString()),
        "nothing after the replay's now survives");
  }

  private void assertTrendsMatchTheStoredRows() {
    List<Map<String, Object>> trends =
        caller()
            .queryParam("limit", 100)
            .get("/api/v1/trends")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("data");
    assertEquals(DEFAULT_ITEMS, trends.size());
    for (Map<String, Object> trend : trends) {
      String id = (String) trend.get("id");
      List<StoredRows.Point> rows = StoredRows.points(database, id);
      List<StoredRows.Point> series = scoredSeries(rows);
      List<ReferenceVelocity.Reading> readings = readings(series);
      ReferenceVelocity.Reading reading = readings.getLast();
      assertEquals(reading.score(), trend.get("velocityScore"), id);
      assertEquals(reading.state(), trend.get("velocityState"), id);
      assertEquals(rows.size(), ((Number) trend.get("sourceCount")).intValue(), id);
      List<Map<String, Object>> expectedPoints = new ArrayList<>();
      for (int i = Math.max(0, series.size() - 12); i < series.size(); i++) {
        expectedPoints.add(
            Map.of(
                "timestamp", seedFormat(series.get(i).observedAt()),
                "score", readings.get(i).score(),
                "granularity", series.get(i).granularity()));
      }
      assertEquals(expectedPoints, list(trend, "dataPoints"), id);
      List<String> expectedSources =
          series.reversed().stream().limit(5).map(StoredRows.Point::sourceId).toList();
      assertEquals(
          expectedSources, list(trend, "sources").stream().map(s -> s.get("id")).toList(), id);
      assertEquals(
          seedFormat(
              rows.stream()
                  .map(StoredRows.Point::publishedAt)
                  .max(Comparator.naturalOrder())
                  .orElseThrow()),
          trend.get("lastUpdated"),
          id);
      assertEquals(
          seedFormat(
              rows.stream()
                  .map(StoredRows.Point::observedAt)
                  .min(Comparator.naturalOrder())
                  .orElseThrow()),
          trend.get("firstSeen"),
          id);
    }
  }

  /**
   * The series an item is scored on (README): of each granularity its newest 288 points; the finest
   * one with a full reading, else the finest one.
   */
  private static List<StoredRows.Point> scoredSeries(List<StoredRows.Point> rows) {
    List<List<StoredRows.Point>> present = new ArrayList<>();
    for (String granularity : STEPS.keySet()) {
      List<StoredRows.Point> series =
          rows.stream().filter(row -> row.granularity().equals(granularity)).toList();
      if (!series.isEmpty()) {
        present.add(series.subList(Math.max(0, series.size() - 288), series.size()));
      }
    }
    return present.stream()
        .filter(series -> resampled(series).length >= ReferenceVelocity.FULL_READING_POINTS)
        .findFirst()
        .orElse(present.getFirst());
  }

  /** VELOCITY.md's steps of each granularity, finest first. */
  private static final Map<String, Duration> STEPS = new LinkedHashMap<>();

  static {
    STEPS.put("five_min", Duration.ofMinutes(5));
    STEPS.put("hourly", Duration.ofHours(1));
    STEPS.put("daily", Duration.ofDays(1));
  }

  private static List<ReferenceVelocity.Reading> readings(List<StoredRows.Point> series) {
    return ReferenceVelocity.eachPoint(
        series.stream().map(StoredRows.Point::observedAt).toList(),
        series.stream().map(StoredRows.Point::value).toList(),
        STEPS.get(series.getFirst().granularity()));
  }

  private static double[] resampled(List<StoredRows.Point> series) {
    return ReferenceVelocity.resample(
        series.stream().map(StoredRows.Point::observedAt).toList(),
        series.stream().map(StoredRows.Point::value).toList(),
        STEPS.get(series.getFirst().granularity()));
  }

  private String granularityOf(String id) {
    return scoredSeries(StoredRows.points(database, id)).getFirst().granularity();
  }

  /** The newest row; on a tie the finer granularity (five_min sorts before hourly and daily). */
  private static StoredRows.Point newestRow(List<StoredRows.Point> rows) {
    return rows.stream()
        .max(
            Comparator.comparing(StoredRows.Point::observedAt)
                .thenComparing(row -> rank(row.granularity()), Comparator.reverseOrder()))
        .orElseThrow();
  }

  private static int rank(String granularity) {
    return List.of("five_min", "hourly", "daily").indexOf(granularity);
  }

  /** {@code count} ingest passes, five replayed minutes apart. */
  private void passes(int count) {
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        clock.advance(Duration.ofMinutes(5));
      }
      assertTrue(ingest.pass().await().indefinitely().isPresent());
    }
  }

  private static RequestSpecification caller() {
    return given().auth().oauth2(InternalTokenFixture.token().signed());
  }

  private static io.restassured.response.ValidatableResponse get(String path) {
    return caller().get(path).then();
  }

  private static String seedFormat(Instant instant) {
    return SEED_FORMAT.format(instant);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> object, String key) {
    return (List<Map<String, Object>>) object.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> object, String key) {
    return (Map<String, Object>) object.get(key);
  }

  private static Map<String, Object> byId(List<Map<String, Object>> items, String id) {
    return items.stream().filter(item -> id.equals(item.get("id"))).findFirst().orElseThrow();
  }
}
