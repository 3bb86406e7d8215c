package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What walking a book for an immediate-or-cancel order filled: the levels taken (price, shares,
 * fee), their totals, and the shares left unfilled, which are cancelled.
 */
public record BookFill(
    List<Level> levels,
    BigDecimal filledSize,
    BigDecimal notional,
    BigDecimal fee,
    BigDecimal cancelledSize) {

  public record Level(BigDecimal price, BigDecimal size, BigDecimal fee) {}

  public boolean empty() {
    return filledSize.signum() == 0;
  }

  /** The size-weighted price of the fill, to 6 decimals. */
  public BigDecimal averagePrice() {
    return notional.divide(filledSize, 6, java.math.RoundingMode.HALF_EVEN);
  }
}
