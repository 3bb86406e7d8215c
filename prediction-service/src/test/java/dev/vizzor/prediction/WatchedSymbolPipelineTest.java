package dev.vizzor.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.ChannelRegistry;
import jakarta.inject.Inject;
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
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The watched-symbol pipeline end to end on real Kafka and PostgreSQL, market-service stubbed with
 * the bundled BTC candles: the test is webhook-service (watcher changes) and market-service (the
 * {@code ingest-indicators} stage, hour by hour from 2023-06-01 01:00, each event delivered twice).
 * It checks each signal and label against the rules worked out by its own code, the win rates
 * against a recount, watchers leaving and changing strategy, and a stopped stage catching up.
 */
@QuarkusTest
@TestProfile(ChronoVisorProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchedSymbolPipelineTest {
  private static final Instant FIRST_CLOSE = Instant.parse("2023-06-01T01:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration FOUR_HOURS = Duration.ofHours(4);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER_A = "550e8400-e29b-41d4-a716-446655440001";
  private static final String USER_B = "550e8400-e29b-41d4-a716-446655440002";
  private static final long W1 = 9_101;
  private static final long W2 = 9_102;
  private static final long W3 = 9_103;
  private static final long W4 = 9_104;
  private static final long W5 = 9_105;
  private static final String MOMENTUM_14 = "momentum{period=14}";
  private static final String MOMENTUM_20 = "momentum{period=20}";
  private static final String BREAKOUT = "breakout{lookback=20, threshold=0.05}";

  KafkaBroker broker;
  TestDatabase database;
  @Inject ChannelRegistry channels;

  private static TopicReader signalEvents;
  private static TopicReader winRateEvents;
  private static PipelineFeed feed;

  private static Instant close(int hour) {
    return FIRST_CLOSE.plus(HOUR.multipliedBy(hour - 1));
  }

  private void publishCloses(int first, int last) {
    for (int hour = first; hour <= last; hour++) {
      feed.ingest(close(hour));
      feed.ingest(close(hour)); // a redelivery: the same event id again
    }
  }

  @Test
  @Order(1)
  void eachWatchedSeriesGetsOneSignalPerCloseOfItsTimeframeAndWinRatesCountTheirLabels()
      throws Exception {
    signalEvents = new TopicReader(broker, "vizzor.pipeline.compute-signals");
    winRateEvents = new TopicReader(broker, "vizzor.pipeline.compute-winrate");
    feed = new PipelineFeed(broker);
    Instant changed = Instant.parse("2025-09-30T12:00:00Z");
    String momentum = "{\"type\":\"momentum\",\"params\":{\"period\":14}}";
    feed.watcher(W1, USER_A, "1h", momentum, true, false, changed);
    feed.watcher(W2, USER_B, "1h", momentum, true, false, changed);
    feed.watcher(W3, USER_B, "4h", "{\"type\":\"breakout\",\"params\":{}}", true, false, changed);
    feed.watcher(W4, USER_A, "1h", "{\"type\":\"bogus\"}", true, false, changed);
    feed.watcher(W5, USER_A, "4h", "{\"type\":\"chronovisor\"}", true, false, changed);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                database.count("select count(*) from watchers where id between 9101 and 9105")
                    == 5);
    assertTrue(
        database
            .text("select problem from watchers where id = 9104")
            .contains("'bogus' is not a strategy"));
    assertTrue(
        database
            .text("select problem from watchers where id = 9105")
            .contains("chronovisor runs on hourly candles"));

    publishCloses(1, 36);

    // 36 hourly closes: momentum 36 times (W1 and W2 share it), breakout at the nine 4h closes
    signalEvents.await(r -> true, 45, Duration.ofSeconds(60));
    awaitQuiet();
    assertEquals(
        expectedCloses(1, 36, HOUR),
        candleTimes(MOMENTUM_14, "1h"),
        "one momentum signal per hour");
    assertEquals(
        expectedCloses(1, 36, FOUR_HOURS), candleTimes(BREAKOUT, "4h"), "breakout at 4h closes");
    assertEquals(
        0,
        database.count(
            "select count(*) from signals where strategy_type in ('bogus', 'chronovisor')"));
    assertEquals(45, signalEvents.drain(r -> true).size(), "one event per signal, none repeated");

    checkMomentumSignals(MOMENTUM_14, 14);
    checkLabels(MOMENTUM_14, "1h", HOUR, close(36));
    checkLabels(BREAKOUT, "4h", FOUR_HOURS, close(36));
    assertEquals(30, checkWinRate(MOMENTUM_14, "1h"), "the 30 hourly positions six hours old");
    checkWinRate(BREAKOUT, "4h");
  }

  @Test
  @Order(2)
  void aDeletedWatcherStopsItsSeriesAndAChangedStrategyStartsANewOne() throws Exception {
    Instant later = Instant.parse("2025-09-30T12:05:00Z");
    feed.watcher(W3, USER_B, "4h", "null", true, true, later);
    feed.watcher(
        W2, USER_B, "1h", "{\"type\":\"momentum\",\"params\":{\"period\":20}}", true, false, later);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                database.count(
                        "select count(*) from watchers where id in (9102, 9103)"
                            + " and changed_at = '2025-09-30T12:05:00Z'")
                    == 2);
    // the new series gets its first signal as of the latest close at once
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> candleTimes(MOMENTUM_20, "1h").equals(expectedCloses(36, 36, HOUR)));

    publishCloses(37, 44);
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> candleTimes(MOMENTUM_20, "1h").size() == 9);
    awaitQuiet();
    assertEquals(expectedCloses(1, 44, HOUR), candleTimes(MOMENTUM_14, "1h"), "W1 still watches");
    assertEquals(expectedCloses(36, 44, HOUR), candleTimes(MOMENTUM_20, "1h"));
    assertEquals(
        expectedCloses(1, 36, FOUR_HOURS),
        candleTimes(BREAKOUT, "4h"),
        "no breakout signal after its only watcher left");
    assertEquals(
        36 + 8,
        database.count(
            "select count(*) from signals where strategy_params = '{\"period\": 14}'::jsonb"),
        "the old signals keep their own strategy");
    checkMomentumSignals(MOMENTUM_20, 20);
    checkLabels(MOMENTUM_14, "1h", HOUR, close(44));
    checkLabels(MOMENTUM_20, "1h", HOUR, close(44));
    assertEquals(38, checkWinRate(MOMENTUM_14, "1h"));
    assertEquals(3, checkWinRate(MOMENTUM_20, "1h"), "closes 36 to 38 are six hours old");
  }

  @Test
  @Order(3)
  void stoppedStagesCatchUpWithoutLosingOrCountingAnythingTwice() throws Exception {
    channels.getPausable("pipeline-ingest-indicators").pause();
    channels.getPausable("pipeline-compute-signals").pause();
    try {
      publishCloses(45, 50);
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> queueDepth("compute_signals") == 12);
      channels.getPausable("pipeline-ingest-indicators").resume();
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> queueDepth("compute_signals") == 0 && queueDepth("compute_winrate") >= 12);
    } finally {
      channels.getPausable("pipeline-ingest-indicators").resume();
      channels.getPausable("pipeline-compute-signals").resume();
    }
    awaitQuiet();
    assertEquals(expectedCloses(1, 50, HOUR), candleTimes(MOMENTUM_14, "1h"));
    assertEquals(expectedCloses(36, 50, HOUR), candleTimes(MOMENTUM_20, "1h"));
    checkLabels(MOMENTUM_14, "1h", HOUR, close(50));
    checkLabels(MOMENTUM_20, "1h", HOUR, close(50));
    assertEquals(44, checkWinRate(MOMENTUM_14, "1h"));
    assertEquals(9, checkWinRate(MOMENTUM_20, "1h"));
    List<String> ids = signalEvents.drain(r -> true).stream().map(r -> idOf(r.value())).toList();
    assertEquals(new HashSet<>(ids).size(), ids.size(), "no signal published twice");
  }

  @Test
  @Order(4)
  void theInternalReadGivesEachWatchedSeriesLatestSignalAndWinRate() throws Exception {
    JsonNode all =
        JSON.readTree(
            serviceCall()
                .get("/internal/pipeline/signals?symbols=BTC/USDT")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals(2, all.get("series").size(), "momentum 14 and 20; breakout and bogus not watched");
    for (JsonNode series : all.get("series")) {
      JsonNode latest = series.get("latest");
      assertEquals(close(50).toString(), latest.get("candleTime").asText());
      assertEquals("BTC/USDT", latest.get("pair").asText());
      String key = "momentum{period=" + latest.at("/strategy/params/period").asInt() + "}";
      JsonNode rate = series.get("winRate");
      assertEquals(
          database.count("select count(*) from signals where strategy_key = ? and win", key),
          rate.get("wins").asLong());
      assertEquals(
          database.count("select count(*) from signals where strategy_key = ? and not win", key),
          rate.get("losses").asLong());
    }
    JsonNode userB =
        JSON.readTree(
            serviceCall()
                .get("/internal/pipeline/signals?userId=" + USER_B)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals("[\"BTC\"]", userB.get("symbols").toString(), "the symbols user B watches");
    assertEquals(1, userB.get("series").size());
    assertEquals(20, userB.at("/series/0/latest/strategy/params/period").asInt());

    serviceCall()
        .get("/internal/pipeline/signals")
        .then()
        .statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("invalid_request"));
    serviceCall()
        .get("/internal/pipeline/signals?symbols=BTC,no-such!")
        .then()
        .statusCode(400)
        .body("error.message", org.hamcrest.Matchers.containsString("no-such!"));
    io.restassured.RestAssured.given()
        .get("/internal/pipeline/signals?symbols=BTC")
        .then()
        .statusCode(401);
    ChronoVisorPipelineTest.call()
        .get("/internal/pipeline/signals?symbols=BTC")
        .then()
        .statusCode(403); // a client's token, through the gateway, never reads internal paths
  }

  /** Both stages caught up and the outbox empty: nothing more is on its way. */
  private void awaitQuiet() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> queueDepth("compute_signals") == 0 && queueDepth("compute_winrate") == 0);
    database.awaitOutboxDrained(); // the signals' events are on Kafka
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> queueDepth("compute_winrate") == 0);
    database.awaitOutboxDrained(); // and the win rates' events
  }

  private long queueDepth(String queue) throws Exception {
    JsonNode queues =
        JSON.readTree(
            serviceCall()
                .get("/internal/pipeline/queues")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertTrue(queues.get(queue).get("processing").asBoolean(), queue + " has a live consumer");
    return queues.get(queue).get("depth").asLong();
  }

  private static Set<Instant> expectedCloses(int first, int last, Duration step) {
    Set<Instant> closes = new HashSet<>();
    for (int hour = first; hour <= last; hour++) {
      Instant at = close(hour);
      if (at.toEpochMilli() % step.toMillis() == 0) {
        closes.add(at);
      }
    }
    return closes;
  }

  private Set<Instant> candleTimes(String key, String timeframe) throws SQLException {
    Set<Instant> times = new HashSet<>();
    for (Map<String, Object> row :
        rows(
            "select candle_time from signals where strategy_key = ? and timeframe = ?",
            key,
            timeframe)) {
      times.add(instant(row.get("candle_time")));
    }
    return times;
  }

  /** Each stored momentum signal against the rule worked out here on the bundled candles. */
  private void checkMomentumSignals(String key, int period) throws SQLException {
    List<SignalRules.Candle> candles = SignalRules.candles(HOUR);
    for (Map<String, Object> row : rows("select * from signals where strategy_key = ?", key)) {
      Instant at = instant(row.get("candle_time"));
      int i = SignalRules.closingAt(candles, at, HOUR);
      double change = SignalRules.momentumChange(candles, i, period);
      assertEquals(change > 0 ? "LONG" : "SHORT", row.get("signal"), key + " at " + at);
      assertEquals(
          SignalRules.momentumScore(candles, i, period), (double) row.get("score"), 1e-9, "score");
      assertEquals(candles.get(i).close(), (double) row.get("entry_price"), 1e-9, "entry");
      assertEquals(SignalRules.upper(candles, i), (double) row.get("upper_barrier"), 1e-6);
      assertEquals(SignalRules.lower(candles, i), (double) row.get("lower_barrier"), 1e-6);
    }
  }

  /**
   * Every position whose six candles had passed by {@code now} is labelled as the rules say, and
   * every other one still pending.
   */
  private void checkLabels(String key, String timeframe, Duration step, Instant now)
      throws SQLException {
    List<SignalRules.Candle> candles = SignalRules.candles(step);
    for (Map<String, Object> row :
        rows("select * from signals where strategy_key = ? and timeframe = ?", key, timeframe)) {
      Instant at = instant(row.get("candle_time"));
      String signal = (String) row.get("signal");
      if ("FLAT".equals(signal)) {
        assertEquals("flat", row.get("status"));
        continue;
      }
      boolean due = !at.plus(step.multipliedBy(SignalRules.HORIZON)).isAfter(now);
      if (!due) {
        assertEquals("pending", row.get("status"), key + " at " + at + " is not due");
        continue;
      }
      assertEquals("labelled", row.get("status"), key + " at " + at + " is due");
      SignalRules.Label label =
          SignalRules.label(
              candles, SignalRules.closingAt(candles, at, step), "LONG".equals(signal), step);
      assertEquals(label.exit(), row.get("exit"), key + " at " + at);
      assertEquals(label.exitTime(), instant(row.get("exit_time")));
      assertEquals(label.exitPrice(), (double) row.get("exit_price"), 1e-6);
      assertEquals(label.win(), row.get("win"));
    }
  }

  /** The series' win rate, as last published, equals a recount of its labelled rows; emits n. */
  private int checkWinRate(String key, String timeframe) throws Exception {
    int wins =
        (int)
            database.count(
                "select count(*) from signals where strategy_key = ? and timeframe = ? and win",
                key,
                timeframe);
    int losses =
        (int)
            database.count(
                "select count(*) from signals where strategy_key = ? and timeframe = ? and not win",
                key,
                timeframe);
    Predicate<ConsumerRecord<String, String>> ofSeries =
        r -> {
          JsonNode value = tree(r.value());
          return timeframe.equals(value.get("timeframe").asText())
              && key.equals(value.get("strategy").get("type").asText() + params(value));
        };
    List<ConsumerRecord<String, String>> events = winRateEvents.drain(ofSeries);
    if (wins + losses == 0) {
      assertEquals(List.of(), events, key + ": no win rate without labels");
      return 0;
    }
    JsonNode last = tree(events.getLast().value());
    assertEquals(wins, last.get("wins").asInt(), key + " wins");
    assertEquals(losses, last.get("losses").asInt(), key + " losses");
    assertEquals(wins + losses, last.get("n").asInt());
    Recount.assertRate(key, wins, wins + losses, last.get("winRate"), last.get("wilson"));
    int labelledInEvents = 0;
    for (ConsumerRecord<String, String> event : events) {
      labelledInEvents += tree(event.value()).get("labelled").size();
    }
    assertEquals(
        wins + losses, labelledInEvents, key + ": each label counted in exactly one event");
    return wins + losses;
  }

  private static String params(JsonNode value) {
    Map<String, Object> sorted = new java.util.TreeMap<>();
    value
        .get("strategy")
        .get("params")
        .properties()
        .forEach(
            p ->
                sorted.put(
                    p.getKey(),
                    p.getValue().isInt()
                        ? (Object) p.getValue().asInt()
                        : p.getValue().asDouble()));
    return sorted.toString();
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /** A call from another service of the suite (the orchestrator), on its own account. */
  private static RequestSpecification serviceCall() {
    return io.restassured.RestAssured.given()
        .auth()
        .oauth2(InternalTokenFixture.serviceToken("orchestrator-service").signedAsService());
  }

  private static Instant instant(Object timestamp) {
    return ((java.sql.Timestamp) timestamp).toInstant();
  }

  private static String idOf(String json) {
    return tree(json).path("id").asText();
  }

  private List<Map<String, Object>> rows(String sql, Object... params) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection connection = database.connect();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          Map<String, Object> row = new HashMap<>();
          for (int i = 1; i <= columns; i++) {
            row.put(result.getMetaData().getColumnName(i), result.getObject(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  @AfterAll
  static void close() {
    if (feed != null) {
      feed.close();
      signalEvents.close();
      winRateEvents.close();
    }
  }
}
