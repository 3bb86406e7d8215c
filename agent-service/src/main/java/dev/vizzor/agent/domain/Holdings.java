package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * An agent's cash and positions with the prices to value them at; a position whose symbol has no
 * price yet is valued at its cost.
 */
public record Holdings(
    BigDecimal cash, Map<String, Position> positions, Map<String, BigDecimal> prices) {

  /** The same holdings with {@code symbol} at {@code price} (a tick newer than the stored one). */
  public Holdings at(String symbol, BigDecimal price) {
    Map<String, BigDecimal> moved = new HashMap<>(prices);
    moved.put(symbol, price);
    return new Holdings(cash, positions, moved);
  }

  /** The position at its symbol's price, or at its cost while the symbol has none. */
  public BigDecimal valueOf(Position position) {
    BigDecimal price = prices.get(position.symbol());
    return price == null ? position.cost() : position.valueAt(price);
  }

  public BigDecimal positionsValue() {
    return positions.values().stream().map(this::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Open positions' value minus their cost (nothing for a position valued at cost). */
  public BigDecimal unrealizedPnl() {
    return positions.values().stream()
        .map(p -> valueOf(p).subtract(p.cost()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal equity() {
    return cash.add(positionsValue());
  }
}
