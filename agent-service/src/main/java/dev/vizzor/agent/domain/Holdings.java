package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An agent's cash and positions with the prices to value them at; a position whose symbol has no
 * price yet is valued at its cost.
 */
public record Holdings(
    BigDecimal cash, Map<String, Position> positions, Map<String, BigDecimal> prices) {

  public BigDecimal positionsValue() {
    return positions.values().stream()
        .map(p -> prices.containsKey(p.symbol()) ? p.valueAt(prices.get(p.symbol())) : p.cost())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal equity() {
    return cash.add(positionsValue());
  }
}
