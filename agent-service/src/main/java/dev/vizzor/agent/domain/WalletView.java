package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An agent's cash, positions and equity at the last tick's prices ({@code prices} says each one's
 * time and source; a position with no tick yet is valued at cost).
 */
public record WalletView(
    String agent,
    BigDecimal capital,
    BigDecimal cash,
    List<PositionView> positions,
    BigDecimal positionsValue,
    BigDecimal equity,
    Map<String, PriceQuote> prices) {

  public record PositionView(
      String symbol,
      BigDecimal quantity,
      BigDecimal avgCost,
      BigDecimal cost,
      BigDecimal price,
      BigDecimal value,
      BigDecimal unrealizedPnl) {}

  public static WalletView of(Agent agent, Holdings holdings, Map<String, PriceQuote> quotes) {
    List<PositionView> positions =
        holdings.positions().values().stream()
            .map(
                p -> {
                  BigDecimal price = holdings.prices().get(p.symbol());
                  BigDecimal value = holdings.valueOf(p);
                  return new PositionView(
                      p.symbol(),
                      p.quantity(),
                      p.avgCost(),
                      p.cost(),
                      price,
                      value,
                      value.subtract(p.cost()));
                })
            .toList();
    return new WalletView(
        agent.name(),
        agent.capital(),
        holdings.cash(),
        positions,
        holdings.positionsValue(),
        holdings.equity(),
        quotes);
  }
}
