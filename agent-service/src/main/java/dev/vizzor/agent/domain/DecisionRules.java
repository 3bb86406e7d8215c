package dev.vizzor.agent.domain;

import dev.vizzor.strategy.Signal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How an agent turns a strategy's reading into an order under its risk limits (docs/AGENTS.md).
 * Agents trade spot, long only: LONG means hold a position, SHORT and FLAT mean hold none. The
 * limits restrict entries; an exit (a signal's, a stop-loss's or a take-profit's) is always
 * allowed, since it only lowers risk.
 */
public final class DecisionRules {
  /** Below this a buy is not worth its fee. */
  static final BigDecimal MIN_ORDER = BigDecimal.TEN;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private DecisionRules() {}

  /** A stop-loss or take-profit sale of {@code position} at {@code price}, when one is hit. */
  public static Optional<Decision> riskExit(
      RiskLimits risk, Position position, BigDecimal price, FillModel fills) {
    BigDecimal avgCost = position.avgCost();
    BigDecimal stop = avgCost.multiply(BigDecimal.ONE.subtract(fraction(risk.stopLossPct())));
    BigDecimal take = avgCost.multiply(BigDecimal.ONE.add(fraction(risk.takeProfitPct())));
    String reason;
    if (price.compareTo(stop) <= 0) {
      reason = "stop-loss: " + price.toPlainString() + " is at or below " + plain(stop);
    } else if (price.compareTo(take) >= 0) {
      reason = "take-profit: " + price.toPlainString() + " is at or above " + plain(take);
    } else {
      return Optional.empty();
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("avgCost", plain(avgCost));
    inputs.put("stopLossPct", risk.stopLossPct());
    inputs.put("takeProfitPct", risk.takeProfitPct());
    inputs.put("quantity", position.quantity());
    Fill fill = fills.sell(price, position.quantity());
    return Optional.of(new Decision(Action.SELL, position.symbol(), price, fill, reason, inputs));
  }

  /** The strategy's {@code reading} for {@code symbol} at {@code price}, under the limits. */
  public static Decision onReading(
      RiskLimits risk,
      Holdings holdings,
      RiskState state,
      String symbol,
      BigDecimal price,
      Reading reading,
      FillModel fills) {
    Position held = holdings.positions().get(symbol);
    BigDecimal equity = holdings.equity();
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("signal", reading.signal().name().toLowerCase(java.util.Locale.ROOT));
    inputs.put("score", reading.score());
    inputs.put("readingAsOf", reading.asOf());
    inputs.put("source", reading.source());
    inputs.putAll(reading.detail());
    inputs.put("cash", holdings.cash());
    inputs.put("equity", plain(equity));
    inputs.put("tradesToday", state.tradesToday());
    if (reading.signal() != Signal.LONG) {
      if (held == null) {
        return hold(symbol, price, "signal " + inputs.get("signal") + ": nothing held", inputs);
      }
      return new Decision(
          Action.SELL,
          symbol,
          price,
          fills.sell(price, held.quantity()),
          "signal " + inputs.get("signal") + ": close the position",
          inputs);
    }
    if (held != null) {
      return hold(symbol, price, "signal long: already holding " + held.quantity(), inputs);
    }
    if (state.tradesToday() >= risk.maxTradesPerDay()) {
      return hold(
          symbol, price, "risk: " + risk.maxTradesPerDay() + " trades today already", inputs);
    }
    BigDecimal dayLoss = loss(state.dayStartEquity(), equity);
    if (dayLoss.compareTo(fraction(risk.maxDailyLossPct())) >= 0) {
      inputs.put("dayStartEquity", state.dayStartEquity());
      return hold(
          symbol,
          price,
          "risk: down " + percent(dayLoss) + " % today, limit " + risk.maxDailyLossPct() + " %",
          inputs);
    }
    BigDecimal drawdown = loss(state.peakEquity(), equity);
    if (drawdown.compareTo(fraction(risk.maxDrawdownPct())) >= 0) {
      inputs.put("peakEquity", state.peakEquity());
      return hold(
          symbol,
          price,
          "risk: drawdown " + percent(drawdown) + " %, limit " + risk.maxDrawdownPct() + " %",
          inputs);
    }
    BigDecimal budget = equity.multiply(fraction(risk.maxPositionPct())).min(holdings.cash());
    inputs.put("budget", plain(budget));
    if (budget.compareTo(MIN_ORDER) < 0) {
      return hold(symbol, price, "signal long: not enough cash for an order", inputs);
    }
    Fill fill = fills.buy(price, budget);
    return new Decision(
        Action.BUY,
        symbol,
        price,
        fill,
        "signal long: buy up to " + risk.maxPositionPct() + " % of equity",
        inputs);
  }

  private static Decision hold(
      String symbol, BigDecimal price, String reason, Map<String, Object> inputs) {
    return new Decision(Action.HOLD, symbol, price, null, reason, inputs);
  }

  /** How far {@code now} is below {@code reference}, as a fraction; 0 when above it. */
  private static BigDecimal loss(BigDecimal reference, BigDecimal now) {
    if (reference.signum() <= 0 || now.compareTo(reference) >= 0) {
      return BigDecimal.ZERO;
    }
    return reference.subtract(now).divide(reference, MathContext.DECIMAL64);
  }

  private static BigDecimal fraction(BigDecimal percent) {
    return percent.divide(HUNDRED, MathContext.DECIMAL64);
  }

  private static String percent(BigDecimal fraction) {
    return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String plain(BigDecimal value) {
    return value.setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }
}
