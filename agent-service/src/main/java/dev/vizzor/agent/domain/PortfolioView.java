package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A portfolio (docs/AGENTS.md, "Portfolio"): the caller's agents together ({@code id} {@code me})
 * or one agent. Value is cash plus holdings at the last ticks' prices; allocation is each asset's
 * share of it (cash as {@code USDT}); PnL is value minus the capital the agents started with. The
 * equity history sums the agents' equity points, each agent counted at its latest point at or
 * before each time. The caller's portfolio also holds their Polymarket paper account once it has
 * traded: its cash and outcome positions at the book's mid count in value, allocation and PnL (its
 * starting cash in capital); its own figures are under {@code polymarket}.
 */
public record PortfolioView(
    String id,
    List<String> agents,
    BigDecimal capital,
    BigDecimal cash,
    BigDecimal value,
    BigDecimal pnl,
    BigDecimal pnlPct,
    List<Holding> holdings,
    List<Allocation> allocation,
    List<EquityPoint> equityHistory,
    Map<String, PriceQuote> prices,
    PolymarketPortfolio polymarket) {

  public record Holding(
      String symbol,
      BigDecimal quantity,
      BigDecimal cost,
      BigDecimal price,
      BigDecimal value,
      BigDecimal unrealizedPnl) {}

  public record Allocation(String asset, BigDecimal value, BigDecimal pct) {}

  /** One agent's part: its settings, holdings at prices, and equity points (oldest first). */
  public record Part(Agent agent, Holdings holdings, List<EquityPoint> curve) {}

  /**
   * {@code polymarket} null when the portfolio is one agent's or the account never traded there.
   */
  public static PortfolioView of(
      String id, List<Part> parts, Map<String, PriceQuote> prices, PolymarketPortfolio polymarket) {
    BigDecimal capital = BigDecimal.ZERO;
    BigDecimal cash = BigDecimal.ZERO;
    Map<String, Holding> bySymbol = new TreeMap<>();
    for (Part part : parts) {
      capital = capital.add(part.agent().capital());
      cash = cash.add(part.holdings().cash());
      for (Position p : part.holdings().positions().values()) {
        BigDecimal price = part.holdings().prices().get(p.symbol());
        BigDecimal value = part.holdings().valueOf(p);
        bySymbol.merge(
            p.symbol(),
            new Holding(p.symbol(), p.quantity(), p.cost(), price, value, value.subtract(p.cost())),
            (a, b) ->
                new Holding(
                    a.symbol(),
                    a.quantity().add(b.quantity()),
                    a.cost().add(b.cost()),
                    a.price(),
                    a.value().add(b.value()),
                    a.unrealizedPnl().add(b.unrealizedPnl())));
      }
    }
    BigDecimal held =
        bySymbol.values().stream().map(Holding::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal outcomes = BigDecimal.ZERO;
    if (polymarket != null) {
      capital = capital.add(polymarket.startingCash());
      for (PolymarketPosition p : polymarket.positions()) {
        outcomes = outcomes.add(worth(p));
      }
    }
    BigDecimal polymarketCash = polymarket == null ? BigDecimal.ZERO : polymarket.cash();
    BigDecimal value = cash.add(held).add(polymarketCash).add(outcomes);
    List<Allocation> allocation = new ArrayList<>();
    allocation.add(new Allocation("USDT", cash, pct(cash, value)));
    bySymbol
        .values()
        .forEach(h -> allocation.add(new Allocation(h.symbol(), h.value(), pct(h.value(), value))));
    if (polymarket != null) {
      allocation.add(new Allocation("polymarket:cash", polymarketCash, pct(polymarketCash, value)));
      for (PolymarketPosition p : polymarket.positions()) {
        allocation.add(
            new Allocation(
                "polymarket:" + p.market() + ":" + p.outcome(), worth(p), pct(worth(p), value)));
      }
    }
    BigDecimal pnl = value.subtract(capital);
    return new PortfolioView(
        id,
        parts.stream().map(p -> p.agent().name()).toList(),
        capital,
        cash,
        value,
        pnl,
        pct(pnl, capital),
        List.copyOf(bySymbol.values()),
        allocation,
        history(parts),
        prices,
        polymarket);
  }

  /** An outcome at its mark; at cost while its book does not answer. */
  private static BigDecimal worth(PolymarketPosition p) {
    return p.value() == null ? p.cost() : p.value();
  }

  /**
   * One pass over the agents' curves (each oldest first): at each time, every agent stands at its
   * latest point so far, or at its starting capital before its first.
   */
  private static List<EquityPoint> history(List<Part> parts) {
    TreeSet<Instant> times = new TreeSet<>();
    parts.forEach(p -> p.curve().forEach(point -> times.add(point.marketTime())));
    int[] next = new int[parts.size()];
    EquityPoint[] latest = new EquityPoint[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal capital = parts.get(i).agent().capital();
      latest[i] = new EquityPoint(null, capital, BigDecimal.ZERO, capital);
    }
    List<EquityPoint> summed = new ArrayList<>();
    for (Instant t : times) {
      BigDecimal cash = BigDecimal.ZERO;
      BigDecimal positions = BigDecimal.ZERO;
      BigDecimal equity = BigDecimal.ZERO;
      for (int i = 0; i < parts.size(); i++) {
        List<EquityPoint> curve = parts.get(i).curve();
        while (next[i] < curve.size() && !curve.get(next[i]).marketTime().isAfter(t)) {
          latest[i] = curve.get(next[i]++);
        }
        cash = cash.add(latest[i].cash());
        positions = positions.add(latest[i].positionsValue());
        equity = equity.add(latest[i].equity());
      }
      summed.add(new EquityPoint(t, cash, positions, equity));
    }
    return summed;
  }

  private static BigDecimal pct(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return part.multiply(BigDecimal.valueOf(100))
        .divide(whole, MathContext.DECIMAL64)
        .setScale(4, RoundingMode.HALF_EVEN);
  }
}
