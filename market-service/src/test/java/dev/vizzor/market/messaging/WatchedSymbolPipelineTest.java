package dev.vizzor.market.messaging;

import static dev.vizzor.testsupport.CloudEventAssert.assertCloudEvent;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.market.MutableClock;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.replay.CsvCandles;
import dev.vizzor.market.service.ActiveSymbols;
import dev.vizzor.testsupport.CloudEventAssert;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A watcher change on the real broker makes market-service watch the symbol and publish the
 * pipeline's first stage, whose numbers a recount from the bundled candles reproduces.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class WatchedSymbolPipelineTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String INDICATORS = "vizzor.pipeline.ingest-indicators";

  KafkaBroker broker;
  TestDatabase database;
  @Inject ObjectMapper json;
  @Inject ActiveSymbols active;
  @Inject IndicatorsPublisher indicators;
  @Inject MutableClock clock;

  @Test
  void aNewlyWatchedSymbolGetsItsIndicatorsStageRecountableFromTheBundledCandles()
      throws Exception {
    Asset eth = Asset.of("ETH");
    Instant sent = Instant.now();
    try (WatcherChanges changes = new WatcherChanges(broker);
        TopicReader reader = new TopicReader(broker, INDICATORS)) {
      changes.send(WatcherChanges.newWatcherId(), "eth/usdt", true, false, sent);

      ConsumerRecord<String, String> record =
          reader.await(r -> r.key().equals("ETH/USDT"), 1, WAIT).getFirst();
      JsonNode stage = json.readTree(record.value());
      assertCloudEvent(record)
          .isFrom("market-service")
          .hasType("dev.vizzor.pipeline.ingest-indicators.v1")
          .hasId(stage.get("id").asText())
          .hasSubject(record.key());
      assertEquals("ETH", stage.get("symbol").asText());
      assertEquals("replay", stage.get("source").asText());
      assertEquals("1h", stage.get("interval").asText());

      Instant to = Instant.parse(stage.get("to").asText());
      CsvCandles bundled = CsvCandles.read(eth);
      int last = bundled.lastClosedBy(to);
      List<CsvCandles.Row> used =
          bundled.rows().stream()
              .filter(row -> !row.open().isBefore(Instant.parse(stage.get("from").asText())))
              .filter(row -> !row.close().isAfter(to))
              .toList();
      assertEquals(used.size(), stage.get("candleCount").asInt());
      assertEquals(
          0, bundled.rows().get(last).c().compareTo(stage.get("lastClose").decimalValue()));

      JsonNode indicators = stage.get("indicators");
      assertEquals(
          0,
          mean(used.subList(used.size() - 20, used.size()))
              .compareTo(indicators.get("sma20").decimalValue()),
          "sma20");
      assertEquals(wilderRsi(used, 14), indicators.get("rsi14").asDouble(), 0.01, "rsi14");
    }
    assertTrue(active.watched().contains(eth));
    assertEquals(
        1, database.count("SELECT count(*) FROM watchers WHERE symbol = 'ETH/USDT' AND watching"));
  }

  @Test
  void aWatchedSymbolGetsItsStageAgainOnceEachNewHourHasClosed() throws Exception {
    Asset xrp = Asset.of("XRP");
    clock.set(Instant.now()); // stopped: no hour may close but the one this test moves past
    try (WatcherChanges changes = new WatcherChanges(broker);
        TopicReader reader = new TopicReader(broker, INDICATORS)) {
      changes.send(WatcherChanges.newWatcherId(), "XRP/USDT", true, false, Instant.now());
      Instant first =
          Instant.parse(
              json.readTree(
                      reader.await(r -> r.key().equals("XRP/USDT"), 1, WAIT).getFirst().value())
                  .get("to")
                  .asText());

      clock.advance(Duration.ofHours(1)); // the replay runs at speed 1 here
      Instant next = first.plus(Duration.ofHours(1));
      reader.await(
          r -> r.key().equals("XRP/USDT") && r.value().contains("\"to\":\"" + next + "\""),
          1,
          WAIT);

      // each pass returns once Kafka acknowledged what it sent, so draining then sees all of it
      indicators.publishClosedHours().await().atMost(WAIT);
      indicators.publishClosedHours().await().atMost(WAIT);
      // The stage of an hour may be sent twice (the watch and a scheduled pass can race); it then
      // carries the same id, which consumers drop as a repeat (docs/asyncapi.yaml).
      assertEquals(
          2,
          reader.drain(r -> r.key().equals("XRP/USDT")).stream()
              .map(r -> CloudEventAssert.header(r, "ce_id"))
              .distinct()
              .count(),
          "one stage per closed hour, however many passes");
    } finally {
      clock.set(null);
      active.unwatch(xrp);
    }
  }

  @Test
  void aDeletedWatcherEndsTheWatchAndAnOlderChangeDoesNotRestartIt() throws Exception {
    Asset doge = Asset.of("DOGE");
    long id = WatcherChanges.newWatcherId();
    Instant t0 = Instant.now();
    try (WatcherChanges changes = new WatcherChanges(broker)) {
      changes.send(id, "DOGE/USDT", true, false, t0);
      await().atMost(WAIT).until(() -> active.watched().contains(doge));

      changes.send(id, "DOGE/USDT", false, true, t0.plusSeconds(5));
      await().atMost(WAIT).until(() -> !active.watched().contains(doge));

      // a late duplicate of the first change is older than the stored delete; then a marker change
      // on another watcher shows the consumer has read past it
      changes.send(id, "DOGE/USDT", true, false, t0);
      long marker = WatcherChanges.newWatcherId();
      changes.send(marker, "DOGE/USDT", false, false, t0.plusSeconds(6));
      await()
          .atMost(WAIT)
          .until(() -> database.count("SELECT count(*) FROM watchers WHERE id = ?", marker) == 1);
    }
    assertFalse(active.watched().contains(doge));
    assertEquals(0, database.count("SELECT count(*) FROM watchers WHERE watching AND id = ?", id));
  }

  @Test
  void anUnusableChangeIsSkippedAndTheNextOneStillApplies() throws Exception {
    Asset ada = Asset.of("ADA");
    long withoutActive = WatcherChanges.newWatcherId();
    try (WatcherChanges changes = new WatcherChanges(broker)) {
      changes.sendRaw("ADA/USDT", "not-json-1", "{not json");
      changes.sendRaw(
          "XRP/USDT",
          "no-active-1",
          """
          {"event_id":"6f1d2c1e-8a4b-4c7e-9a53-0c2f6a1b7d10","operation":"UPDATE","id":%d,\
          "symbol":"XRP/USDT","deleted":false,"changed_at":"2026-11-28T12:00:00Z"}"""
              .formatted(withoutActive));
      changes.send(WatcherChanges.newWatcherId(), "ADA/BTC", true, false, Instant.now());
      changes.send(WatcherChanges.newWatcherId(), "ADA/USDT", true, false, Instant.now());

      await().atMost(WAIT).until(() -> active.watched().contains(ada));
    }
    assertEquals(0, database.count("SELECT count(*) FROM watchers WHERE symbol LIKE '%BTC%'"));
    assertEquals(
        0,
        database.count("SELECT count(*) FROM watchers WHERE id = ?", withoutActive),
        "a change without active is not read as inactive");
  }

  private static BigDecimal mean(List<CsvCandles.Row> rows) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CsvCandles.Row row : rows) {
      sum = sum.add(row.c());
    }
    return sum.divide(BigDecimal.valueOf(rows.size()), MathContext.DECIMAL64);
  }

  /** The textbook RSI: averages seeded with the plain mean of the first 14 moves, then smoothed. */
  private static double wilderRsi(List<CsvCandles.Row> rows, int period) {
    double gain = 0;
    double loss = 0;
    for (int i = 1; i <= period; i++) {
      double move = rows.get(i).c().doubleValue() - rows.get(i - 1).c().doubleValue();
      gain += Math.max(move, 0);
      loss += Math.max(-move, 0);
    }
    gain /= period;
    loss /= period;
    for (int i = period + 1; i < rows.size(); i++) {
      double move = rows.get(i).c().doubleValue() - rows.get(i - 1).c().doubleValue();
      gain = (gain * (period - 1) + Math.max(move, 0)) / period;
      loss = (loss * (period - 1) + Math.max(-move, 0)) / period;
    }
    return 100 - 100 / (1 + gain / loss);
  }
}
