package dev.vizzor.market.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.vizzor.testsupport.CloudEventAssert.assertCloudEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.market.client.LiveSourceProfile;
import dev.vizzor.market.client.LiveSourceTestBase;
import dev.vizzor.market.client.UpstreamStubs;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.replay.CsvCandles;
import dev.vizzor.market.service.ActiveSymbols;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the live source, a symbol outside the defaults starts ticking and gets its indicators stage
 * as soon as someone watches it: the real Binance client fetches its ticker and hourly klines.
 */
@QuarkusTest
@TestProfile(LiveSourceProfile.class)
class LiveWatchedSymbolTest extends LiveSourceTestBase {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant TICKER_CLOSE_TIME = Instant.ofEpochMilli(1499869899040L);

  KafkaBroker broker;
  @Inject ObjectMapper json;
  @Inject ActiveSymbols active;
  @Inject TickPublisher tickPublisher;
  @Inject CircuitBreakerMaintenance breakers;

  @Test
  void aWatchedSymbolOutsideTheDefaultsTicksAndGetsItsIndicatorsWithinSeconds() throws Exception {
    // Binance's documented 24 h ticker, answered for PEPEUSDT
    upstream.stubFor(
        get(urlPathEqualTo("/binance/api/v3/ticker/24hr"))
            .withQueryParam("symbol", equalTo("PEPEUSDT"))
            .willReturn(okJson(UpstreamStubs.sample("binance/ticker_24hr.single_FULL.docs.json"))));
    // 200 real hourly candles (the bundled DOGE history) in Binance's klines array format
    List<CsvCandles.Row> hours = CsvCandles.read(Asset.of("DOGE")).rows().subList(1000, 1200);
    upstream.stubFor(
        get(urlPathEqualTo("/binance/api/v3/klines"))
            .withQueryParam("symbol", equalTo("PEPEUSDT"))
            .willReturn(okJson(klines(hours))));

    try (WatcherChanges changes = new WatcherChanges(broker);
        TopicReader ticks = new TopicReader(broker, "vizzor.market.ticks");
        TopicReader stages = new TopicReader(broker, "vizzor.pipeline.ingest-indicators")) {
      changes.send(WatcherChanges.newWatcherId(), "PEPE/USDT", true, false, Instant.now());

      var tickRecord = ticks.await(r -> r.key().equals("PEPE/USDT"), 1, WAIT).getFirst();
      JsonNode tick = json.readTree(tickRecord.value());
      assertCloudEvent(tickRecord)
          .isFrom("market-service")
          .hasType("dev.vizzor.market.tick.v1")
          .hasId(tick.get("id").asText())
          .hasSubject(tickRecord.key());
      assertEquals("binance", tick.get("source").asText());
      assertEquals(0, new BigDecimal("4.00000200").compareTo(tick.get("price").decimalValue()));

      var stageRecord = stages.await(r -> r.key().equals("PEPE/USDT"), 1, WAIT).getFirst();
      JsonNode stage = json.readTree(stageRecord.value());
      assertEquals("binance", stage.get("source").asText());
      assertEquals(200, stage.get("candleCount").asInt());
      assertEquals(hours.getLast().close().toString(), stage.get("to").asText());
      assertEquals(
          0, mean(hours.subList(180, 200)).compareTo(stage.at("/indicators/sma20").decimalValue()));
    }
    Instant to = TICKER_CLOSE_TIME.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    upstream.verify(
        getRequestedFor(urlPathEqualTo("/binance/api/v3/klines"))
            .withQueryParam("interval", equalTo("1h"))
            .withQueryParam(
                "startTime", equalTo(Long.toString(to.minusSeconds(200 * 3600).toEpochMilli())))
            .withQueryParam("endTime", equalTo(Long.toString(to.toEpochMilli() - 1))));
  }

  @Test
  void aWatchWhoseFirstTickFailsStaysWatchedAndIsTickedOnceBinanceAnswers() throws Exception {
    Asset floki = Asset.of("FLOKI");
    String ticker = "/binance/api/v3/ticker/24hr";
    upstream.stubFor(
        get(urlPathEqualTo(ticker))
            .withQueryParam("symbol", equalTo("FLOKIUSDT"))
            .willReturn(aResponse().withStatus(503)));

    try (WatcherChanges changes = new WatcherChanges(broker);
        TopicReader deadLetters = new TopicReader(broker, "vizzor.watchers.changed.market-dlq");
        TopicReader ticks = new TopicReader(broker, "vizzor.market.ticks")) {
      changes.send(WatcherChanges.newWatcherId(), "FLOKI/USDT", true, false, Instant.now());

      deadLetters.await(r -> r.value().contains("FLOKI/USDT"), 1, Duration.ofSeconds(60));
      assertTrue(active.watched().contains(floki), "the stored watch survives the failed publish");

      // the scheduled pass asks for every active symbol in one call; Binance answers FLOKI's
      upstream.stubFor(
          get(urlPathEqualTo(ticker))
              .withQueryParam("symbols", matching(".*FLOKIUSDT.*"))
              .willReturn(okJson(UpstreamStubs.binanceTickers(List.of(floki), TICKER_CLOSE_TIME))));
      breakers.resetAll();
      tickPublisher.publishDue().await().atMost(WAIT);

      var tick = ticks.await(r -> r.key().equals("FLOKI/USDT"), 1, WAIT).getFirst();
      assertEquals("binance", json.readTree(tick.value()).get("source").asText());
    } finally {
      active.unwatch(floki);
    }
  }

  private static String klines(List<CsvCandles.Row> rows) {
    StringBuilder body = new StringBuilder("[");
    for (CsvCandles.Row row : rows) {
      if (body.length() > 1) {
        body.append(',');
      }
      long open = row.open().toEpochMilli();
      body.append(
          "[%d,\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",%d,\"0\",0,\"0\",\"0\",\"0\"]"
              .formatted(open, row.o(), row.h(), row.l(), row.c(), row.v(), open + 3_599_999));
    }
    return body.append(']').toString();
  }

  private static BigDecimal mean(List<CsvCandles.Row> rows) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CsvCandles.Row row : rows) {
      sum = sum.add(row.c());
    }
    return sum.divide(BigDecimal.valueOf(rows.size()), MathContext.DECIMAL64);
  }
}
