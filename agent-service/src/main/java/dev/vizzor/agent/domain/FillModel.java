package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The paper fill model (docs/AGENTS.md, "Fills"), deterministic given its inputs: an order pays
 * half the spread plus an impact that grows with its size, {@code slippage (bps) = halfSpreadBps +
 * impactBpsPer10k × notional / 10 000}, moving the price against it (rounded against the order to 8
 * decimals); the fee is {@code feeRate} of the notional, rounded down to 8 decimals. Quantities
 * keep 10 decimals and prices 8; notional is then exactly quantity × price, so cash recounts
 * exactly from the stored fills.
 */
public record FillModel(BigDecimal feeRate, BigDecimal halfSpreadBps, BigDecimal impactBpsPer10k) {
  static final int QUANTITY_SCALE = 10;
  static final int PRICE_SCALE = 8;
  private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

  /**
   * A buy spending at most {@code budget} USDT (notional and fee together); the quantity is rounded
   * down so the budget is never exceeded.
   */
  public Fill buy(BigDecimal marketPrice, BigDecimal budget) {
    // rounded down at each step, so notional + fee never exceeds the budget (the cash)
    BigDecimal notionalAsked = budget.divide(BigDecimal.ONE.add(feeRate), 12, RoundingMode.DOWN);
    BigDecimal slippage = slippageBps(notionalAsked);
    BigDecimal price = moved(marketPrice, slippage, Side.BUY);
    BigDecimal quantity = notionalAsked.divide(price, QUANTITY_SCALE, RoundingMode.DOWN);
    BigDecimal notional = quantity.multiply(price);
    return new Fill(Side.BUY, quantity, marketPrice, price, slippage, notional, fee(notional));
  }

  /** A sell of {@code quantity}. */
  public Fill sell(BigDecimal marketPrice, BigDecimal quantity) {
    BigDecimal slippage = slippageBps(quantity.multiply(marketPrice));
    BigDecimal price = moved(marketPrice, slippage, Side.SELL);
    BigDecimal notional = quantity.multiply(price);
    return new Fill(Side.SELL, quantity, marketPrice, price, slippage, notional, fee(notional));
  }

  BigDecimal slippageBps(BigDecimal notional) {
    return halfSpreadBps
        .add(impactBpsPer10k.multiply(notional).divide(BPS, MathContext.DECIMAL64))
        .setScale(6, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal moved(BigDecimal marketPrice, BigDecimal slippageBps, Side side) {
    BigDecimal factor = slippageBps.divide(BPS, MathContext.DECIMAL64);
    BigDecimal moved =
        marketPrice.multiply(
            side == Side.BUY ? BigDecimal.ONE.add(factor) : BigDecimal.ONE.subtract(factor));
    return moved.setScale(PRICE_SCALE, side == Side.BUY ? RoundingMode.UP : RoundingMode.DOWN);
  }

  private BigDecimal fee(BigDecimal notional) {
    return notional.multiply(feeRate).setScale(PRICE_SCALE, RoundingMode.DOWN);
  }
}
