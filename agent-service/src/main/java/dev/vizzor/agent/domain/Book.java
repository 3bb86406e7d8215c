package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One outcome token's order book, best level first on both sides (the CLOB serves bids ascending
 * and asks descending; this order does not depend on that). {@code derived} says the book was not
 * read for this token but mirrored from the complementary one ({@link #mirrored}).
 */
public record Book(
    String tokenId, Instant at, List<BookLevel> bids, List<BookLevel> asks, boolean derived) {

  public Book {
    bids =
        bids.stream()
            .filter(level -> level.size().signum() > 0)
            .sorted(Comparator.comparing(BookLevel::price).reversed())
            .toList();
    asks =
        asks.stream()
            .filter(level -> level.size().signum() > 0)
            .sorted(Comparator.comparing(BookLevel::price))
            .toList();
  }

  public Optional<BigDecimal> bestBid() {
    return bids.isEmpty() ? Optional.empty() : Optional.of(bids.get(0).price());
  }

  public Optional<BigDecimal> bestAsk() {
    return asks.isEmpty() ? Optional.empty() : Optional.of(asks.get(0).price());
  }

  /**
   * The mid of the best bid and ask: the market's implied probability; empty on a one-sided book.
   */
  public Optional<BigDecimal> mid() {
    return bestBid().isPresent() && bestAsk().isPresent()
        ? Optional.of(bestBid().get().add(bestAsk().get()).divide(BigDecimal.TWO))
        : Optional.empty();
  }

  /**
   * The complementary outcome's book in a binary market. One share of each outcome together always
   * pays 1 USDC, so the CLOB matches them against each other: a bid for this token at p is an offer
   * to sell the other at 1 − p, and an ask at p a bid for the other at 1 − p, same size.
   */
  public Book mirrored(String complementTokenId) {
    return new Book(
        complementTokenId,
        at,
        asks.stream().map(Book::complement).toList(),
        bids.stream().map(Book::complement).toList(),
        true);
  }

  private static BookLevel complement(BookLevel level) {
    return new BookLevel(BigDecimal.ONE.subtract(level.price()), level.size());
  }
}
