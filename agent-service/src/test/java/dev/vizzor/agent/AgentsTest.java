package dev.vizzor.agent;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.MarketTicks;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agents trading the real bundled BTC candles' prices as ticks on the real broker: each decision
 * follows the strategy's documented rule, each fill the documented fill model, and the wallet,
 * stats and portfolio equal a recount from the stored trades and equity. Tests run one after
 * another on BTC and stop their agents at the end, so no agent trades another test's ticks.
 */
@QuarkusTest
@TestProfile(AgentProfile.class)
class AgentsTest {
  private static final BigDecimal FEE_RATE = new BigDecimal("0.001");

  KafkaBroker broker;
  TestDatabase database;
  private MarketTicks ticks;
  private final List<Runnable> stops = new ArrayList<>();

  @BeforeEach
  void openTicks() {
    ticks = new MarketTicks(broker);
  }

  @AfterEach
  void stopAgents() {
    stops.forEach(Runnable::run);
    ticks.close();
  }

  private JsonNode startedAgent(Api api, String body) {
    JsonNode agent = api.create(body);
    String name = agent.get("name").asText();
    api.postOk("/v1/agents/" + name + "/start", "");
    stops.add(() -> api.post("/v1/agents/" + name + "/stop", ""));
    return agent;
  }

  /** A tick five minutes after candle {@code i} closed, at its close. */
  private void tickAfter(int i, String price, int minutes) {
    tickAfter(i, price, minutes, "BTC");
  }

  private void tickAfter(int i, String price, int minutes, String symbol) {
    ticks.tick(UUID.randomUUID(), symbol, price, Candles.closeTime(i).plusSeconds(60L * minutes));
  }

  @Test
  void anAgentTradesEachClosedCandleByItsStrategyAndItsFiguresRecount() throws Exception {
    UUID owner = UUID.randomUUID();
    Api api = Api.of(owner);
    int period = 2;
    JsonNode agent;
    List<String> expected = new ArrayList<>();
    int first = Candles.indexOpening(Instant.parse("2023-03-01T00:00:00Z"));
    int count = 48;
    try (TopicReader tradeEvents = new TopicReader(broker, "vizzor.agents.trades");
        TopicReader decisionEvents = new TopicReader(broker, "vizzor.agents.decisions")) {
      agent =
          startedAgent(
              api,
              "{\"name\":\"momo\",\"strategy\":{\"type\":\"momentum\",\"params\":{\"period\":2}},"
                  + "\"symbols\":[\"btc\"],\"capital\":10000,\"risk\":{\"stopLossPct\":50,"
                  + "\"takeProfitPct\":1000,\"maxDailyLossPct\":100,\"maxDrawdownPct\":100,"
                  + "\"maxTradesPerDay\":1000}}");
      assertEquals("running", api.getOk("/v1/agents/momo").get("status").asText());
      boolean holding = false;
      for (int k = 0; k < count; k++) {
        int i = first + k;
        String signal = Candles.momentum(i, period);
        if (signal.equals("long")) {
          expected.add(holding ? "hold" : "buy");
          holding = true;
        } else {
          expected.add(holding ? "sell" : "hold");
          holding = false;
        }
        tickAfter(i, Candles.btc().get(i).close(), 5);
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> api.all("/v1/agents/momo/decisions").size() >= count);
      List<JsonNode> decisions = api.all("/v1/agents/momo/decisions");
      Collections.reverse(decisions);
      List<String> actions = decisions.stream().map(d -> d.get("action").asText()).toList();
      assertEquals(expected, actions);
      assertTrue(actions.contains("buy") && actions.contains("sell"), actions.toString());
      for (int k = 0; k < count; k++) {
        JsonNode d = decisions.get(k);
        assertEquals(Candles.momentum(first + k, period), d.get("inputs").get("signal").asText());
        assertEquals(
            Candles.closeTime(first + k).toString(), d.get("inputs").get("readingAsOf").asText());
      }

      List<JsonNode> trades = api.all("/v1/agents/momo/trades");
      Collections.reverse(trades);
      long buys = actions.stream().filter("buy"::equals).count();
      long sells = actions.stream().filter("sell"::equals).count();
      assertEquals(buys + sells, trades.size());

      // cash, positions and realised PnL recounted from the trades, by the fill model's rules
      BigDecimal cash = new BigDecimal("10000");
      BigDecimal openCost = null;
      BigDecimal openQuantity = null;
      BigDecimal realized = BigDecimal.ZERO;
      BigDecimal gains = BigDecimal.ZERO;
      BigDecimal losses = BigDecimal.ZERO;
      int wins = 0;
      for (JsonNode t : trades) {
        BigDecimal quantity = t.get("quantity").decimalValue();
        BigDecimal market = t.get("marketPrice").decimalValue();
        BigDecimal price = t.get("price").decimalValue();
        BigDecimal notional = t.get("notional").decimalValue();
        BigDecimal fee = t.get("fee").decimalValue();
        assertEquals(0, quantity.multiply(price).compareTo(notional), t.toString());
        assertEquals(
            0,
            notional.multiply(FEE_RATE).setScale(8, RoundingMode.DOWN).compareTo(fee),
            t.toString());
        BigDecimal slippageBps =
            BigDecimal.ONE.add(
                (t.get("side").asText().equals("buy")
                        ? cash.divide(new BigDecimal("4"))
                            .divide(new BigDecimal("1.001"), 12, RoundingMode.DOWN)
                        : quantity.multiply(market))
                    .divide(new BigDecimal("10000")));
        double expectedPrice =
            market.doubleValue()
                * (t.get("side").asText().equals("buy")
                    ? 1 + slippageBps.doubleValue() / 10_000
                    : 1 - slippageBps.doubleValue() / 10_000);
        // the slippage is kept to 6 decimals of a basis point, the price to 8 decimals
        assertEquals(expectedPrice, price.doubleValue(), 1e-4, t.toString());
        if (t.get("side").asText().equals("buy")) {
          assertNull(openCost, "a buy while holding: " + t);
          BigDecimal budget = cash.divide(new BigDecimal("4"));
          assertTrue(notional.add(fee).compareTo(budget) <= 0, t.toString());
          assertTrue(
              notional.add(fee).compareTo(budget.subtract(BigDecimal.ONE)) > 0, t.toString());
          cash = cash.subtract(notional).subtract(fee);
          openCost = notional.add(fee);
          openQuantity = quantity;
          assertTrue(t.get("realizedPnl").isNull(), t.toString());
        } else {
          assertEquals(0, openQuantity.compareTo(quantity), t.toString());
          cash = cash.add(notional).subtract(fee);
          BigDecimal pnl = notional.subtract(fee).subtract(openCost);
          assertEquals(0, pnl.compareTo(t.get("realizedPnl").decimalValue()), t.toString());
          realized = realized.add(pnl);
          if (pnl.signum() > 0) {
            wins++;
            gains = gains.add(pnl);
          } else {
            losses = losses.add(pnl.negate());
          }
          openCost = null;
          openQuantity = null;
        }
        assertEquals(0, cash.compareTo(t.get("cashAfter").decimalValue()), t.toString());
      }

      JsonNode wallet = api.getOk("/v1/agents/momo/wallet");
      assertEquals(0, cash.compareTo(wallet.get("cash").decimalValue()), wallet.toString());
      BigDecimal lastPrice = new BigDecimal(Candles.btc().get(first + count - 1).close());
      BigDecimal positionValue =
          openQuantity == null ? BigDecimal.ZERO : openQuantity.multiply(lastPrice);
      BigDecimal equity = cash.add(positionValue);
      assertEquals(0, equity.compareTo(wallet.get("equity").decimalValue()), wallet.toString());
      assertEquals(openQuantity == null ? 0 : 1, wallet.get("positions").size());
      assertEquals(
          0,
          lastPrice.compareTo(wallet.get("prices").get("BTC").get("price").decimalValue()),
          wallet.toString());
      assertEquals("replay", wallet.get("prices").get("BTC").get("source").asText());

      JsonNode stats = api.getOk("/v1/agents/momo/stats");
      assertEquals(trades.size(), stats.get("tradeCount").asInt());
      assertEquals(sells, stats.get("closedTrades").asInt());
      assertEquals(
          0, realized.compareTo(stats.get("realizedPnl").decimalValue()), stats.toString());
      BigDecimal unrealized = openCost == null ? BigDecimal.ZERO : positionValue.subtract(openCost);
      assertEquals(
          0, unrealized.compareTo(stats.get("unrealizedPnl").decimalValue()), stats.toString());
      assertEquals((double) wins / sells, stats.get("winRate").asDouble(), 1e-12);
      if (losses.signum() > 0) {
        assertEquals(
            gains.doubleValue() / losses.doubleValue(), stats.get("profitFactor").asDouble(), 1e-9);
      }
      assertEquals(
          equity.subtract(new BigDecimal("10000")).doubleValue() / 100,
          stats.get("returnPct").asDouble(),
          1e-9);
      assertEquals(
          positionValue.doubleValue() / equity.doubleValue() * 100,
          stats.get("exposurePct").asDouble(),
          1e-9);

      // drawdown and Sharpe recounted from the equity history the portfolio shows
      JsonNode portfolio = api.getOk("/v1/portfolio/momo");
      JsonNode history = portfolio.get("equityHistory");
      assertEquals(count, history.size());
      double[] series = new double[count + 1];
      long[] times = new long[count + 1];
      series[0] = 10_000;
      times[0] = Instant.parse(agent.get("createdAt").asText()).getEpochSecond();
      double peak = 10_000;
      double worst = 0;
      for (int k = 0; k < count; k++) {
        series[k + 1] = history.get(k).get("equity").asDouble();
        times[k + 1] = Instant.parse(history.get(k).get("marketTime").asText()).getEpochSecond();
        peak = Math.max(peak, series[k + 1]);
        worst = Math.max(worst, (peak - series[k + 1]) / peak);
      }
      assertEquals(worst * 100, stats.get("maxDrawdownPct").asDouble(), 1e-9);
      double mean = 0;
      double[] r = new double[count];
      for (int k = 1; k <= count; k++) {
        r[k - 1] = series[k] / series[k - 1] - 1;
        mean += r[k - 1];
      }
      mean /= count;
      double var = 0;
      for (double x : r) {
        var += (x - mean) * (x - mean);
      }
      var /= count - 1;
      double spacing = (times[count] - times[1]) / (double) (count - 1);
      assertEquals(3600, spacing, 1e-9);
      double sharpe = mean / Math.sqrt(var) * Math.sqrt(365 * 24 * 3600 / spacing);
      assertEquals(sharpe, stats.get("sharpe").asDouble(), 1e-9 * Math.abs(sharpe));
      assertEquals(
          0,
          equity.compareTo(history.get(count - 1).get("equity").decimalValue()),
          history.toString());

      // the whole portfolio is this one agent here
      JsonNode me = api.getOk("/v1/portfolio/me");
      assertEquals(0, equity.compareTo(me.get("value").decimalValue()), me.toString());
      assertEquals(
          0,
          equity.subtract(new BigDecimal("10000")).compareTo(me.get("pnl").decimalValue()),
          me.toString());

      // each fill and decision published once, with the REST resource as its value
      String agentId = agent.get("id").asText();
      List<ConsumerRecord<String, String>> published =
          tradeEvents.await(
              rec -> rec.key().equals(agentId), trades.size(), Duration.ofSeconds(30));
      assertEquals(
          trades.stream().map(t -> t.get("id").asText()).sorted().toList(),
          published.stream()
              .map(rec -> Api.read(rec.value()).get("id").asText())
              .sorted()
              .toList());
      decisionEvents.await(rec -> rec.key().equals(agentId), count, Duration.ofSeconds(30));
      database.awaitOutboxDrained();
      assertEquals(count, decisionEvents.drain(rec -> rec.key().equals(agentId)).size());
      assertEquals(trades.size(), tradeEvents.drain(rec -> rec.key().equals(agentId)).size());
      assertEquals(owner.toString(), Api.read(published.get(0).value()).get("accountId").asText());
    }
  }

  @Test
  void aChronovisorAgentTradesTheCallsAtOrAboveItsTierAtTheLastTicksPrice() {
    Api api = Api.of(UUID.randomUUID());
    int i = Candles.indexOpening(Instant.parse("2023-07-01T00:00:00Z"));
    startedAgent(
        api,
        "{\"name\":\"seer\",\"strategy\":{\"type\":\"chronovisor\",\"params\":"
            + "{\"tier\":\"tracked\",\"horizon\":\"4h\"}},\"symbols\":[\"BTC\"]}");
    Instant t = Candles.closeTime(i);
    try (ChronoVisorCalls calls = new ChronoVisorCalls(broker)) {
      tickAfter(i, "16600", 1);
      // a tracked "up" at its tier: bought at the tick's price, the newer one
      calls.call("up", "tracked", t);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> api.all("/v1/agents/seer/trades").size() == 1);
      JsonNode buy = api.all("/v1/agents/seer/trades").get(0);
      assertEquals("buy", buy.get("side").asText());
      assertEquals(0, new BigDecimal("16600").compareTo(buy.get("marketPrice").decimalValue()));
      // an advisory "down" is below the tier: FLAT, so the position is closed, at the call's entry
      // price (16542.4, newer than the tick): a loss of about a quarter of a percent of equity
      calls.call("down", "advisory", t.plusSeconds(3600));
      // a high-conviction "up" is above it: bought again
      calls.call("up", "high-conviction", t.plusSeconds(7200));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> api.all("/v1/agents/seer/decisions").size() == 3);
    }
    List<JsonNode> decisions = api.all("/v1/agents/seer/decisions");
    Collections.reverse(decisions);
    assertEquals(
        List.of("buy", "sell", "buy"),
        decisions.stream().map(d -> d.get("action").asText()).toList());
    assertEquals("flat", decisions.get(1).get("inputs").get("signal").asText());
    assertEquals(
        "high-conviction", decisions.get(2).get("inputs").get("call").get("tier").asText());
  }

  @Test
  void anAgentOnTwoSymbolsDecidesOnEachSymbolsClosedCandle() {
    Api api = Api.of(UUID.randomUUID());
    int i = Candles.indexOpening(Instant.parse("2023-05-01T00:00:00Z"));
    startedAgent(
        api,
        "{\"name\":\"pair\",\"strategy\":{\"type\":\"trend\"},\"symbols\":[\"BTC\",\"BTC2\"]}");
    String close = Candles.btc().get(i).close();
    tickAfter(i, close, 5, "BTC");
    tickAfter(i, close, 6, "BTC2");
    tickAfter(i, close, 7, "BTC");
    tickAfter(i, close, 8, "BTC2");
    tickAfter(i + 1, Candles.btc().get(i + 1).close(), 5, "BTC2");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.all("/v1/agents/pair/decisions").size() >= 3);
    // the last tick was processed once every earlier one on its partition was: nothing more comes
    List<JsonNode> decisions = api.all("/v1/agents/pair/decisions");
    Collections.reverse(decisions);
    assertEquals(
        List.of(
            "BTC@" + Candles.closeTime(i).plusSeconds(300),
            "BTC2@" + Candles.closeTime(i).plusSeconds(360),
            "BTC2@" + Candles.closeTime(i + 1).plusSeconds(300)),
        decisions.stream()
            .map(d -> d.get("symbol").asText() + "@" + d.get("marketTime").asText())
            .toList());
  }

  @Test
  void aStopLossSellsOnTheFirstTickAtOrBelowIt() {
    Api api = Api.of(UUID.randomUUID());
    int i = Candles.indexOpening(Instant.parse("2023-04-01T00:00:00Z"));
    while (!Candles.momentum(i, 2).equals("long")) {
      i++;
    }
    startedAgent(
        api,
        "{\"name\":\"guarded\",\"strategy\":{\"type\":\"momentum\",\"params\":{\"period\":2}},"
            + "\"symbols\":[\"BTC\"],\"risk\":{\"stopLossPct\":1,\"maxTradesPerDay\":1000}}");
    String close = Candles.btc().get(i).close();
    tickAfter(i, close, 5);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.all("/v1/agents/guarded/trades").size() == 1);
    JsonNode buy = api.all("/v1/agents/guarded/trades").get(0);
    assertEquals("buy", buy.get("side").asText());
    BigDecimal avgCost =
        buy.get("notional")
            .decimalValue()
            .add(buy.get("fee").decimalValue())
            .divide(buy.get("quantity").decimalValue(), 12, RoundingMode.HALF_EVEN);
    // just above the stop: nothing; at 2 % below the cost: sold, in the same hour
    String above =
        avgCost.multiply(new BigDecimal("0.995")).setScale(2, RoundingMode.UP).toPlainString();
    String below =
        avgCost.multiply(new BigDecimal("0.98")).setScale(2, RoundingMode.DOWN).toPlainString();
    tickAfter(i, above, 10);
    tickAfter(i, below, 15);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.all("/v1/agents/guarded/trades").size() == 2);
    JsonNode sell = api.all("/v1/agents/guarded/trades").get(0);
    assertEquals("sell", sell.get("side").asText());
    assertEquals(0, new BigDecimal(below).compareTo(sell.get("marketPrice").decimalValue()));
    assertTrue(sell.get("reason").asText().startsWith("stop-loss"), sell.toString());
    assertTrue(sell.get("realizedPnl").decimalValue().signum() < 0);
    assertFalse(api.getOk("/v1/agents/guarded/wallet").get("positions").elements().hasNext());
  }
}
