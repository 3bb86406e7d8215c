package dev.vizzor.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.agent.domain.Action;
import dev.vizzor.agent.domain.AgentStats;
import dev.vizzor.agent.domain.Cadence;
import dev.vizzor.agent.domain.Decision;
import dev.vizzor.agent.domain.DecisionRules;
import dev.vizzor.agent.domain.EquityPoint;
import dev.vizzor.agent.domain.Fill;
import dev.vizzor.agent.domain.FillModel;
import dev.vizzor.agent.domain.Holdings;
import dev.vizzor.agent.domain.Position;
import dev.vizzor.agent.domain.Reading;
import dev.vizzor.agent.domain.RiskLimits;
import dev.vizzor.agent.domain.RiskState;
import dev.vizzor.agent.domain.TradeView;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.strategy.Signal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The documented rules of docs/AGENTS.md worked by hand: the fill model, the risk limits, the
 * cadence and the statistics.
 */
class DecisionRulesTest {
  private static final FillModel FILLS =
      new FillModel(new BigDecimal("0.001"), BigDecimal.ONE, BigDecimal.ONE);
  private static final Instant T = Instant.parse("2023-03-01T10:05:00Z");

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aBuyPaysHalfTheSpreadPlusItsImpactAndNeverExceedsItsBudget() {
    // 2500 / 1.001 = 2497.502497502497 asked; slippage 1 + 0.2497502 = 1.249750 bps;
    // 20000 × 1.000124975 = 20002.4995; quantity 0.1248595205 (10 decimals, down)
    Fill buy = FILLS.buy(d("20000"), d("2500"));
    assertEquals(0, d("20002.49950000").compareTo(buy.price()));
    assertEquals(0, d("0.1248595205").compareTo(buy.quantity()));
    assertEquals(0, d("2497.502496371489750000").compareTo(buy.notional()));
    assertEquals(0, d("2.49750249").compareTo(buy.fee()));
    assertTrue(buy.notional().add(buy.fee()).compareTo(d("2500")) <= 0);
  }

  @Test
  void aSellReceivesTheNotionalLessItsFee() {
    // 0.1 × 21000 = 2100 notional at market: slippage 1.21 bps; 21000 × 0.999879 = 20997.459
    Fill sell = FILLS.sell(d("21000"), d("0.1"));
    assertEquals(0, d("20997.459").compareTo(sell.price()));
    assertEquals(0, d("2099.7459").compareTo(sell.notional()));
    assertEquals(0, d("2.09974590").compareTo(sell.fee()));
    assertEquals(0, d("2097.6461541").compareTo(sell.cashChange()));
  }

  @Test
  void aStopLossOrTakeProfitSellsTheWholePositionAtOrBeyondIt() {
    RiskLimits risk = RiskLimits.DEFAULTS; // stop 5 %, take 10 %
    Position held = new Position("BTC", d("2"), d("200"), T); // average cost 100
    assertEquals(
        Action.SELL, DecisionRules.riskExit(risk, held, d("95"), FILLS).orElseThrow().action());
    assertTrue(DecisionRules.riskExit(risk, held, d("95.01"), FILLS).isEmpty());
    assertTrue(DecisionRules.riskExit(risk, held, d("109.99"), FILLS).isEmpty());
    Decision take = DecisionRules.riskExit(risk, held, d("110"), FILLS).orElseThrow();
    assertTrue(take.reason().startsWith("take-profit"), take.reason());
    assertEquals(0, d("2").compareTo(take.fill().quantity()));
  }

  private static Decision onLong(Holdings holdings, RiskState state) {
    return DecisionRules.onReading(
        RiskLimits.DEFAULTS,
        holdings,
        state,
        "BTC",
        d("100"),
        new Reading(Signal.LONG, 0.5, T, "test", Map.of()),
        FILLS);
  }

  private static Holdings cash(String amount) {
    return new Holdings(d(amount), Map.of(), Map.of("BTC", d("100")));
  }

  @Test
  void aLongSignalBuysAQuarterOfEquityUnlessALimitHolds() {
    Decision buy = onLong(cash("10000"), new RiskState(0, d("10000"), d("10000")));
    assertEquals(Action.BUY, buy.action());
    assertTrue(buy.fill().notional().add(buy.fill().fee()).compareTo(d("2500")) <= 0);
    assertTrue(buy.fill().notional().add(buy.fill().fee()).compareTo(d("2499")) > 0);

    Decision tooMany = onLong(cash("10000"), new RiskState(10, d("10000"), d("10000")));
    assertEquals(Action.HOLD, tooMany.action());
    assertTrue(tooMany.reason().startsWith("risk: 10 trades today"), tooMany.reason());

    // 6 % down on the day against a 5 % limit
    Decision dayLoss = onLong(cash("9400"), new RiskState(0, d("10000"), d("10000")));
    assertEquals(Action.HOLD, dayLoss.action());
    assertTrue(dayLoss.reason().startsWith("risk: down 6.00 %"), dayLoss.reason());

    // 10000 against a 13000 peak: 23 % drawdown, limit 20 %
    Decision drawdown = onLong(cash("10000"), new RiskState(0, d("10000"), d("13000")));
    assertEquals(Action.HOLD, drawdown.action());
    assertTrue(drawdown.reason().startsWith("risk: drawdown 23.08 %"), drawdown.reason());

    Decision poor = onLong(cash("9"), new RiskState(0, d("9"), d("9")));
    assertEquals(Action.HOLD, poor.action());
  }

  @Test
  void shortOrFlatClosesAPositionEvenPastTheLimits() {
    Holdings holding =
        new Holdings(
            d("5000"), Map.of("BTC", new Position("BTC", d("10"), d("1000"), T)), Map.of());
    Decision sell =
        DecisionRules.onReading(
            RiskLimits.DEFAULTS,
            holding,
            new RiskState(99, d("10000"), d("20000")),
            "BTC",
            d("90"),
            new Reading(Signal.SHORT, -0.5, T, "test", Map.of()),
            FILLS);
    assertEquals(Action.SELL, sell.action());
    assertEquals(0, d("10").compareTo(sell.fill().quantity()));
    Decision flat =
        DecisionRules.onReading(
            RiskLimits.DEFAULTS,
            cash("100"),
            new RiskState(0, d("100"), d("100")),
            "BTC",
            d("90"),
            new Reading(Signal.FLAT, 0, T, "test", Map.of()),
            FILLS);
    assertEquals(Action.HOLD, flat.action());
    assertNull(flat.fill());
  }

  @Test
  void aCandleAgentDecidesOncePerClosedHourAndAnIntervalAgentEveryInterval() {
    Instant last = Instant.parse("2023-03-01T10:05:00Z");
    assertTrue(Cadence.ON_CANDLE.due(null, last));
    assertTrue(!Cadence.ON_CANDLE.due(last, Instant.parse("2023-03-01T10:59:59Z")));
    assertTrue(Cadence.ON_CANDLE.due(last, Instant.parse("2023-03-01T11:00:00Z")));
    // a replay that began again
    assertTrue(Cadence.ON_CANDLE.due(last, Instant.parse("2023-03-01T09:30:00Z")));
    Cadence quarter = Cadence.of("15m");
    assertEquals(Duration.ofMinutes(15), quarter.interval());
    assertTrue(!quarter.due(last, Instant.parse("2023-03-01T10:19:59Z")));
    assertTrue(quarter.due(last, Instant.parse("2023-03-01T10:20:00Z")));
    assertEquals("4h", Cadence.of("4h").wire());
    assertThrows(ApiException.class, () -> Cadence.of("90s"));
    assertThrows(ApiException.class, () -> Cadence.of("8d"));
  }

  private static TradeView sell(String pnl, int hour) {
    return new TradeView(
        UUID.randomUUID(),
        null,
        "a",
        null,
        "BTC",
        "sell",
        d("1"),
        d("1"),
        d("1"),
        d("1"),
        d("0"),
        d(pnl),
        d("0"),
        "test",
        T.plus(Duration.ofHours(hour)),
        T);
  }

  @Test
  void statisticsFollowTheirWrittenDefinitions() {
    Instant created = T.minus(Duration.ofDays(2));
    List<EquityPoint> curve =
        List.of(
            new EquityPoint(T, d("750"), d("250"), d("1000")),
            new EquityPoint(T.plus(Duration.ofHours(1)), d("1050"), d("0"), d("1050")),
            new EquityPoint(T.plus(Duration.ofHours(2)), d("800"), d("250"), d("1050")),
            new EquityPoint(T.plus(Duration.ofHours(3)), d("1030"), d("0"), d("1030")));
    AgentStats stats =
        AgentStats.of(
            d("1000"),
            created,
            List.of(sell("50", 1), sell("-20", 3)),
            curve,
            new Holdings(d("1030"), Map.of(), Map.of()));
    assertEquals(0, d("30").compareTo(stats.realizedPnl()));
    assertEquals(0.5, stats.winRate());
    assertEquals(2.5, stats.profitFactor(), 1e-12);
    assertEquals(3, stats.returnPct().doubleValue(), 1e-12);
    // series 1000 (creation), 1000, 1050, 1050, 1030: worst fall 20 from a 1050 peak
    assertEquals(100 * 20.0 / 1050, stats.maxDrawdownPct(), 1e-12);
    // returns 0, 0.05, 0, -0.0190476: mean / sample sd × √(8760), the decisions an hour apart
    assertEquals(24.491919747156068, stats.sharpe(), 1e-9);
    assertEquals(2, stats.closedTrades());
    assertEquals(0, stats.exposurePct());
  }
}
