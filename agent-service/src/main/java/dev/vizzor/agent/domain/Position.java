package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/**
 * What an agent holds of a symbol and what it paid for it, fees included. A sell closes the whole
 * position, so its realised PnL is exactly proceeds after fee minus {@code cost}.
 */
public record Position(String symbol, BigDecimal quantity, BigDecimal cost, Instant openedAt) {
  public BigDecimal avgCost() {
    return cost.divide(quantity, MathContext.DECIMAL64);
  }

  public BigDecimal valueAt(BigDecimal price) {
    return quantity.multiply(price);
  }
}
