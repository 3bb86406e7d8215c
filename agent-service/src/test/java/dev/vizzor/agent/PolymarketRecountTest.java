package dev.vizzor.agent;

import static dev.vizzor.agent.PolymarketReplayTest.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every number {@code GET /v1/polymarket/positions} reports (cash, shares, average price, cost,
 * value, unrealised and realised PnL, fees) equals a recount from the trades it lists, made here
 * from the fills alone with the rules of docs/POLYMARKET.md: fee per fill = shares × 0.07 × p(1 −
 * p) rounded down to 5 decimals, buys add their notional to the cost, sells remove the sold share
 * of the cost and realise the rest of the proceeds, the mark is the book's mid.
 */
@QuarkusTest
@TestProfile(AgentProfile.class)
class PolymarketRecountTest {
  private static final BigDecimal RATE = new BigDecimal("0.07");
  private static final Map<String, BigDecimal> MID =
      Map.of("Up", new BigDecimal("0.385"), "Down", new BigDecimal("0.615"));

  /** One outcome's running recount. */
  private static final class Held {
    BigDecimal shares = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal realised = BigDecimal.ZERO;
    BigDecimal fees = BigDecimal.ZERO;
  }

  @Test
  void positionsAndCashEqualARecountFromTheListedTrades() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    body(api.order("Up", "buy", "200", "0.42", "r-1"), 201);
    body(api.order("Up", "buy", "1000", "0.41", "r-2"), 201);
    body(api.order("Up", "sell", "300", "0.36", "r-3"), 201);
    body(api.order("Down", "buy", "50", "0.62", "r-4"), 201);
    body(api.order("Down", "sell", "20", "0.50", "r-5"), 201);
    body(api.order("Up", "sell", "400", "0.30", "r-6"), 201);
    // refused orders leave no trace
    assertEquals(409, api.order("Down", "sell", "31", "0.01", "r-7").statusCode());

    JsonNode portfolio = body(api.positions(), 200);
    JsonNode trades = portfolio.get("recentTrades");
    assertEquals(6, trades.size());
    List<JsonNode> oldestFirst = new ArrayList<>();
    trades.forEach(t -> oldestFirst.add(0, t));
    assertEquals("r-1", oldestFirst.get(0).get("idempotencyKey").asText());

    BigDecimal cash = new BigDecimal("10000");
    Map<String, Held> held = new HashMap<>();
    for (JsonNode trade : oldestFirst) {
      BigDecimal filled = BigDecimal.ZERO;
      BigDecimal notional = BigDecimal.ZERO;
      BigDecimal fee = BigDecimal.ZERO;
      for (JsonNode fill : trade.get("fills")) {
        BigDecimal p = fill.get("price").decimalValue();
        BigDecimal s = fill.get("size").decimalValue();
        BigDecimal f =
            s.multiply(RATE)
                .multiply(p)
                .multiply(BigDecimal.ONE.subtract(p))
                .setScale(5, RoundingMode.DOWN);
        same(f, fill.get("fee"));
        filled = filled.add(s);
        notional = notional.add(p.multiply(s));
        fee = fee.add(f);
      }
      same(filled, trade.get("filledSize"));
      same(notional, trade.get("notional"));
      same(fee, trade.get("fee"));
      same(notional.divide(filled, 6, RoundingMode.HALF_EVEN), trade.get("averagePrice"));

      Held h = held.computeIfAbsent(trade.get("outcome").asText(), o -> new Held());
      h.fees = h.fees.add(fee);
      if (trade.get("side").asText().equals("buy")) {
        cash = cash.subtract(notional).subtract(fee);
        h.shares = h.shares.add(filled);
        h.cost = h.cost.add(notional);
      } else {
        cash = cash.add(notional).subtract(fee);
        BigDecimal left = h.shares.subtract(filled);
        BigDecimal removed =
            left.signum() == 0
                ? h.cost
                : h.cost.multiply(filled).divide(h.shares, 10, RoundingMode.HALF_EVEN);
        h.shares = left;
        h.cost = h.cost.subtract(removed);
        h.realised = h.realised.add(notional).subtract(removed);
      }
      same(cash, trade.get("cashAfter"));
    }

    same(cash, portfolio.get("cash"));
    same(
        held.values().stream().map(h -> h.realised).reduce(BigDecimal.ZERO, BigDecimal::add),
        portfolio.get("realisedPnl"));
    same(
        held.values().stream().map(h -> h.fees).reduce(BigDecimal.ZERO, BigDecimal::add),
        portfolio.get("feesPaid"));
    assertEquals(2, portfolio.get("positions").size());
    for (JsonNode position : portfolio.get("positions")) {
      String outcome = position.get("outcome").asText();
      Held h = held.get(outcome);
      BigDecimal mark = MID.get(outcome);
      same(h.shares, position.get("shares"));
      same(h.cost, position.get("cost"));
      same(h.cost.divide(h.shares, 6, RoundingMode.HALF_EVEN), position.get("averagePrice"));
      same(mark, position.get("mark"));
      same(h.shares.multiply(mark), position.get("value"));
      same(h.shares.multiply(mark).subtract(h.cost), position.get("unrealisedPnl"));
      same(h.realised, position.get("realisedPnl"));
      same(h.fees, position.get("fees"));
    }
    // by hand: Up 200 + 529.45 − 300 − 400 and Down 50 − 20
    same(new BigDecimal("29.45"), shares(portfolio, "Up"));
    same(new BigDecimal("30"), shares(portfolio, "Down"));
    assertEquals(0, portfolio.get("openOrders").size());

    // the caller's portfolio counts the paper account: cash and outcomes at the mid, no agents
    JsonNode me = body(api.portfolio(), 200);
    BigDecimal outcomes = BigDecimal.ZERO;
    for (var entry : held.entrySet()) {
      outcomes = outcomes.add(entry.getValue().shares.multiply(MID.get(entry.getKey())));
    }
    same(cash.add(outcomes), me.get("value"));
    same(new BigDecimal("10000"), me.get("capital"));
    same(cash.add(outcomes).subtract(new BigDecimal("10000")), me.get("pnl"));
    same(cash, me.get("polymarket").get("cash"));
    assertEquals(0, me.get("agents").size());
  }

  private static JsonNode shares(JsonNode portfolio, String outcome) {
    for (JsonNode position : portfolio.get("positions")) {
      if (position.get("outcome").asText().equals(outcome)) {
        return position.get("shares");
      }
    }
    throw new AssertionError("no " + outcome + " position");
  }

  private static void same(BigDecimal expected, JsonNode actual) {
    assertEquals(
        0,
        expected.compareTo(actual.decimalValue()),
        "expected " + expected.toPlainString() + ", reported " + actual);
  }
}
