package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a paper order against a book as a taker: a buy takes asks from the lowest up to its limit,
 * a sell takes bids from the highest down to its limit; what the book cannot fill within the limit
 * is cancelled (immediate-or-cancel). The book is not changed: each order sees the book as read.
 */
public final class BookWalk {
  private BookWalk() {}

  public static BookFill walk(
      Book book, PolymarketSide side, BigDecimal size, BigDecimal limit, PolymarketFee fee) {
    List<BookLevel> levels = side == PolymarketSide.BUY ? book.asks() : book.bids();
    List<BookFill.Level> taken = new ArrayList<>();
    BigDecimal left = size;
    BigDecimal notional = BigDecimal.ZERO;
    BigDecimal fees = BigDecimal.ZERO;
    for (BookLevel level : levels) {
      boolean within =
          side == PolymarketSide.BUY
              ? level.price().compareTo(limit) <= 0
              : level.price().compareTo(limit) >= 0;
      if (!within || left.signum() == 0) {
        break;
      }
      BigDecimal shares = left.min(level.size());
      BigDecimal levelFee = fee.of(shares, level.price());
      taken.add(new BookFill.Level(level.price(), shares, levelFee));
      notional = notional.add(shares.multiply(level.price()));
      fees = fees.add(levelFee);
      left = left.subtract(shares);
    }
    return new BookFill(List.copyOf(taken), size.subtract(left), notional, fees, left);
  }
}
