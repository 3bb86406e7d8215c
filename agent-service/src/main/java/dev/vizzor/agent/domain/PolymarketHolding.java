package dev.vizzor.agent.domain;

import dev.vizzor.common.error.ApiException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One account's holding of one outcome, at average cost: {@code cost} is what the shares held cost
 * (fees excluded), a buy adds its notional, a sell removes the sold fraction of the cost and
 * realises {@code proceeds − removed cost}. Fees are paid from cash and summed apart in {@code
 * fees}. A paper account cannot sell what it does not hold or buy what it cannot pay for.
 */
public record PolymarketHolding(
    BigDecimal shares, BigDecimal cost, BigDecimal realisedPnl, BigDecimal fees) {

  public static final PolymarketHolding NONE =
      new PolymarketHolding(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  /** Scale of the cost removed by a partial sell. */
  static final int COST_SCALE = 10;

  /** The holding after the fill, refusing it (409) when cash or shares do not cover it. */
  public PolymarketHolding after(PolymarketSide side, BookFill fill, BigDecimal cash) {
    if (side == PolymarketSide.BUY) {
      BigDecimal needed = fill.notional().add(fill.fee());
      if (needed.compareTo(cash) > 0) {
        throw ApiException.conflict(
            "insufficient paper cash: the fill costs "
                + needed.toPlainString()
                + " USDC with fees, the account has "
                + cash.toPlainString());
      }
      return new PolymarketHolding(
          shares.add(fill.filledSize()),
          cost.add(fill.notional()),
          realisedPnl,
          fees.add(fill.fee()));
    }
    if (fill.filledSize().compareTo(shares) > 0) {
      throw ApiException.conflict(
          "cannot sell "
              + fill.filledSize().toPlainString()
              + " shares: the account holds "
              + shares.toPlainString()
              + " (paper sells are never naked)");
    }
    if (fill.fee().compareTo(cash.add(fill.notional())) > 0) {
      throw ApiException.conflict("insufficient paper cash for the fee");
    }
    BigDecimal left = shares.subtract(fill.filledSize());
    BigDecimal removed =
        left.signum() == 0
            ? cost
            : cost.multiply(fill.filledSize()).divide(shares, COST_SCALE, RoundingMode.HALF_EVEN);
    return new PolymarketHolding(
        left,
        cost.subtract(removed),
        realisedPnl.add(fill.notional()).subtract(removed),
        fees.add(fill.fee()));
  }

  /** Cash after the fill: a buy pays notional and fee, a sell receives notional less the fee. */
  public static BigDecimal cashAfter(PolymarketSide side, BookFill fill, BigDecimal cash) {
    return side == PolymarketSide.BUY
        ? cash.subtract(fill.notional()).subtract(fill.fee())
        : cash.add(fill.notional()).subtract(fill.fee());
  }

  /** Cost per share held, to 6 decimals; null when none is held. */
  public BigDecimal averagePrice() {
    return shares.signum() == 0 ? null : cost.divide(shares, 6, RoundingMode.HALF_EVEN);
  }
}
