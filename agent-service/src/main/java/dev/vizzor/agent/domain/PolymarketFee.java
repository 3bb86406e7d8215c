package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Polymarket's taker fee as a market states it ({@code feeSchedule}: {@code rate}, {@code
 * exponent}): {@code fee = shares × rate × (p × (1 − p))^exponent} USDC for a fill of {@code
 * shares} at price {@code p}, rounded down to 5 decimals as the venue charges it. A market that
 * states no fee schedule (or {@code feesEnabled: false}) charges nothing ({@link #NONE}).
 */
public record PolymarketFee(BigDecimal rate, int exponent) {
  public static final PolymarketFee NONE = new PolymarketFee(BigDecimal.ZERO, 1);
  static final int SCALE = 5;

  public BigDecimal of(BigDecimal shares, BigDecimal price) {
    if (rate.signum() == 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    BigDecimal curve = price.multiply(BigDecimal.ONE.subtract(price)).pow(exponent);
    return shares.multiply(rate).multiply(curve).setScale(SCALE, RoundingMode.DOWN);
  }

  /** The rule in words, for the trade's answer. */
  public String describe() {
    return rate.signum() == 0
        ? "no fee: the market states no taker fee"
        : "taker fee per fill = shares × "
            + rate.toPlainString()
            + " × (p × (1 − p))^"
            + exponent
            + ", rounded down to 5 decimals";
  }
}
