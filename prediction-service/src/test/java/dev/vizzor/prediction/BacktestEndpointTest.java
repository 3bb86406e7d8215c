package dev.vizzor.prediction;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.testsupport.MarketStub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/backtest} over market-service's candles (the stub serves the real bundled BTC
 * candles, aggregated to 4 h as market-service does): figures recounted from the returned trades
 * and equity, buy-and-hold worked out from the first open and last close, and the 400s.
 */
@QuarkusTest
@TestProfile(ChronoVisorProfile.class)
class BacktestEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode backtest(String body) throws Exception {
    return JSON.readTree(
        ChronoVisorPipelineTest.call()
            .contentType("application/json")
            .body(body)
            .post("/v1/backtest")
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  @Test
  void everyStrategyAnswersWithFiguresThatFollowFromItsTradesAndEquity() throws Exception {
    List<MarketStub.Row> fourHours =
        MarketStub.Candles.aggregated(Duration.ofHours(4)).stream()
            .filter(
                r ->
                    !r.openTime().isBefore(Instant.parse("2022-11-01T00:00:00Z"))
                        && r.openTime().isBefore(Instant.parse("2023-01-01T00:00:00Z")))
            .toList();
    for (String strategy :
        List.of(
            "{\"type\":\"momentum\",\"params\":{\"period\":10}}",
            "{\"type\":\"breakout\",\"params\":{\"threshold\":0.02}}",
            "{\"type\":\"mean_reversion\"}",
            "{\"type\":\"trend\",\"params\":{\"fast\":5,\"slow\":20}}")) {
      JsonNode result =
          backtest(
              "{\"symbol\":\"BTC\",\"interval\":\"4h\",\"from\":\"2022-11-01T00:00:00Z\",\"to\":\"2023-01-01T00:00:00Z\",\"allowShort\":true,\"strategy\":"
                  + strategy
                  + "}");
      assertEquals(fourHours.size(), result.get("candles").asInt(), strategy);
      assertEquals("replay", result.get("source").asText());
      JsonNode metrics = result.get("metrics");
      JsonNode equity = result.get("equity");
      assertEquals(fourHours.size(), equity.size(), "short enough not to be downsampled");
      double pnl = 0;
      int wins = 0;
      for (JsonNode trade : result.get("trades")) {
        pnl += trade.get("pnl").asDouble();
        wins += trade.get("pnl").asDouble() > 0 ? 1 : 0;
      }
      double finalEquity = equity.get(equity.size() - 1).get("equity").asDouble();
      assertEquals(
          10_000 + pnl, finalEquity, 1e-6, strategy + ": the trades account for the whole change");
      assertEquals(finalEquity / 10_000 - 1, metrics.get("totalReturn").asDouble(), 1e-12);
      assertEquals(result.get("trades").size(), metrics.get("tradeCount").asInt());
      if (result.get("trades").size() > 0) {
        assertEquals(
            (double) wins / result.get("trades").size(), metrics.get("winRate").asDouble(), 1e-12);
      }
      double peak = 10_000;
      double drawdown = 0;
      for (JsonNode point : equity) {
        peak = Math.max(peak, point.get("equity").asDouble());
        drawdown = Math.max(drawdown, 1 - point.get("equity").asDouble() / peak);
      }
      assertEquals(drawdown, metrics.get("maxDrawdown").asDouble(), 1e-12);

      // buy and hold: all in at the first open, out at the last close, 5 bps slippage and 10 bps
      // fee each way
      double firstOpen = Double.parseDouble(fourHours.get(0).open());
      double lastClose = Double.parseDouble(fourHours.get(fourHours.size() - 1).close());
      double units = 10_000 / (firstOpen * 1.0005 * 1.001);
      assertEquals(
          units * lastClose * 0.9995 * 0.999,
          result.get("buyAndHold").get("metrics").get("finalEquity").asDouble(),
          1e-6);
    }
  }

  @Test
  void chronovisorTradesTheModelsCallsOnHourlyCandlesOnly() throws Exception {
    // two months of hours: the engine trains on the first month, then calls every hour
    JsonNode result =
        backtest(
            "{\"symbol\":\"BTC\",\"interval\":\"1h\",\"from\":\"2022-11-01T00:00:00Z\",\"to\":\"2023-01-01T00:00:00Z\",\"allowShort\":true,\"strategy\":{\"type\":\"chronovisor\",\"params\":{\"tier\":\"advisory\"}}}");
    assertEquals(
        JSON.readTree("{\"tier\":\"advisory\",\"horizon\":\"1h\"}"),
        result.get("strategy").get("params"),
        "every parameter, the default horizon included");
    assertTrue(result.get("trades").size() > 0, "advisory calls are all traded");
    double pnl = 0;
    for (JsonNode trade : result.get("trades")) {
      pnl += trade.get("pnl").asDouble();
      assertTrue(
          Instant.parse(trade.get("entryTime").asText())
              .isAfter(Instant.parse("2022-11-20T00:00:00Z")),
          "no call before the model had a month of closed samples");
    }
    assertEquals(
        10_000 + pnl, result.get("metrics").get("finalEquity").asDouble(), 1e-6, "PnL recount");
    ChronoVisorPipelineTest.call()
        .contentType("application/json")
        .body("{\"symbol\":\"BTC\",\"interval\":\"4h\",\"strategy\":{\"type\":\"chronovisor\"}}")
        .post("/v1/backtest")
        .then()
        .statusCode(400)
        .body("error.message", containsString("interval: chronovisor runs on hourly candles"));
  }

  @Test
  void withoutARangeItTakesTheLastYearMarketServiceHolds() throws Exception {
    JsonNode result =
        backtest("{\"symbol\":\"btc\",\"interval\":\"1d\",\"strategy\":{\"type\":\"trend\"}}");
    assertEquals(
        "2023-12-31T00:00:00Z",
        Instant.parse(result.get("to").asText()).toString(),
        "the stub's last daily candle closes then");
    assertEquals(
        "2022-12-31T00:00:00Z",
        Instant.parse(result.get("from").asText()).toString(),
        "365 days before");
    assertEquals(365, result.get("candles").asInt());
    assertEquals(
        48, result.get("strategy").get("params").get("slow").asInt(), "defaults are reported");
  }

  @Test
  void badRequestsAreAnsweredInTheEnvelopeNamingTheField() {
    String base =
        "{\"symbol\":\"BTC\",\"interval\":\"1h\",\"from\":\"2022-01-01T00:00:00Z\",\"to\":\"2022-02-01T00:00:00Z\",";
    ChronoVisorPipelineTest.call()
        .contentType("application/json")
        .body(base + "\"strategy\":{\"type\":\"moonshot\"}}")
        .post("/v1/backtest")
        .then()
        .statusCode(400)
        .body("error.code", equalTo("invalid_request"))
        .body(
            "error.message",
            containsString("[momentum, breakout, mean_reversion, trend, chronovisor]"));
    ChronoVisorPipelineTest.call()
        .contentType("application/json")
        .body(base + "\"strategy\":{\"type\":\"momentum\",\"params\":{\"period\":0}}}")
        .post("/v1/backtest")
        .then()
        .statusCode(400)
        .body("error.message", containsString("strategy.params.period"));
    ChronoVisorPipelineTest.call()
        .contentType("application/json")
        .body(base + "\"feeBps\":-1,\"strategy\":{\"type\":\"momentum\"}}")
        .post("/v1/backtest")
        .then()
        .statusCode(400)
        .body("error.message", containsString("feeBps"));
    ChronoVisorPipelineTest.call()
        .contentType("application/json")
        .body("{\"symbol\":\"BTC\",\"interval\":\"2h\",\"strategy\":{\"type\":\"trend\"}}")
        .post("/v1/backtest")
        .then()
        .statusCode(400)
        .body("error.message", containsString("interval"));
    ChronoVisorPipelineTest.call()
        .contentType("application/json")
        .body(
            "{\"symbol\":\"BTC\",\"from\":\"2015-01-01T00:00:00Z\",\"to\":\"2023-01-01T00:00:00Z\",\"strategy\":{\"type\":\"trend\"}}")
        .post("/v1/backtest")
        .then()
        .statusCode(400)
        .body("error.message", containsString("at most 50000"));
    ChronoVisorPipelineTest.call()
        .contentType("application/json")
        .body(
            "{\"symbol\":\"BTC\",\"from\":\"2023-01-01T00:00:00Z\",\"to\":\"2022-01-01T00:00:00Z\",\"strategy\":{\"type\":\"trend\"}}")
        .post("/v1/backtest")
        .then()
        .statusCode(400)
        .body("error.message", containsString("before"));
    ChronoVisorPipelineTest.call()
        .contentType("application/json")
        .body("{\"symbol\":\"DOGE\",\"strategy\":{\"type\":\"trend\"}}")
        .post("/v1/backtest")
        .then()
        .statusCode(404)
        .body("error.code", equalTo("not_found"));
  }
}
