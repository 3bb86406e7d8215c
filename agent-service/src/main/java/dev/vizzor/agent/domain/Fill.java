package dev.vizzor.agent.domain;

import java.math.BigDecimal;

/**
 * A paper fill: {@code quantity} at {@code price} (the market price moved against the order by
 * {@code slippageBps}), {@code notional} = quantity × price, and the fee on the notional.
 */
public record Fill(
    Side side,
    BigDecimal quantity,
    BigDecimal marketPrice,
    BigDecimal price,
    BigDecimal slippageBps,
    BigDecimal notional,
    BigDecimal fee) {

  /** What the fill does to cash: a buy pays notional and fee, a sell receives notional less fee. */
  public BigDecimal cashChange() {
    return side == Side.BUY ? notional.add(fee).negate() : notional.subtract(fee);
  }
}
