package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A paper order as filled and stored: what was asked, the levels the book walk took, the totals,
 * the fee rule applied, the cash left, and the book's time and source. {@code status} is {@code
 * filled}, or {@code partially_filled} when the rest was cancelled (immediate-or-cancel).
 */
public record PolymarketTrade(
    UUID id,
    String idempotencyKey,
    String market,
    String question,
    String outcome,
    String tokenId,
    String side,
    String mode,
    BigDecimal size,
    BigDecimal limitPrice,
    String status,
    BigDecimal filledSize,
    BigDecimal cancelledSize,
    BigDecimal averagePrice,
    BigDecimal notional,
    BigDecimal fee,
    String feeRule,
    List<BookFill.Level> fills,
    BigDecimal cashAfter,
    Instant bookAt,
    Instant executedAt,
    String source) {

  public static String status(BookFill fill) {
    return fill.cancelledSize().signum() == 0 ? "filled" : "partially_filled";
  }
}
