package dev.vizzor.agent.service;

import dev.vizzor.agent.config.PolymarketConfig;
import dev.vizzor.agent.domain.Book;
import dev.vizzor.agent.domain.BookFill;
import dev.vizzor.agent.domain.BookWalk;
import dev.vizzor.agent.domain.PolymarketMarket;
import dev.vizzor.agent.domain.PolymarketOrder;
import dev.vizzor.agent.domain.PolymarketSide;
import dev.vizzor.agent.domain.PolymarketStoredTrade;
import dev.vizzor.agent.repository.PolymarketLedger;
import dev.vizzor.common.error.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Paper orders (docs/POLYMARKET.md, "Paper trading"): the market and outcome looked up, the current
 * book walked immediate-or-cancel, the fill written to the ledger under the order's idempotency
 * key. A retry with the same key and body answers the stored trade again without reading the book;
 * the same key with another body is a conflict.
 */
@ApplicationScoped
public class PolymarketTrading {
  private final PolymarketFeed feed;
  private final PolymarketLedger ledger;
  private final PolymarketConfig config;
  private final Clock clock;

  PolymarketTrading(
      PolymarketFeed feed, PolymarketLedger ledger, PolymarketConfig config, Clock clock) {
    this.feed = feed;
    this.ledger = ledger;
    this.config = config;
    this.clock = clock;
  }

  public Uni<PolymarketStoredTrade> place(UUID accountId, PolymarketOrder.Given request) {
    PolymarketOrder order = PolymarketOrder.of(request, config.maxOrderSize());
    return ledger
        .byKey(accountId, order.idempotencyKey())
        .flatMap(
            stored ->
                stored.isPresent()
                    ? Uni.createFrom().item(same(stored.get(), order))
                    : fill(accountId, order));
  }

  private Uni<PolymarketStoredTrade> fill(UUID accountId, PolymarketOrder order) {
    return feed.now()
        .flatMap(
            now ->
                feed.market(order.market(), now)
                    .flatMap(
                        found ->
                            fillOn(
                                accountId,
                                order,
                                found.orElseThrow(
                                    () ->
                                        ApiException.notFound(
                                            "market: no Polymarket market "
                                                + order.market()
                                                + " ("
                                                + feed.source()
                                                + ")")),
                                now)));
  }

  private Uni<PolymarketStoredTrade> fillOn(
      UUID accountId, PolymarketOrder order, PolymarketMarket market, Instant now) {
    int outcome = outcome(market, order);
    order.fits(market);
    return feed.books(market, now)
        .flatMap(
            books -> {
              Book book = books.get(outcome);
              PolymarketLedger.Entry entry =
                  new PolymarketLedger.Entry(
                      order,
                      market,
                      outcome,
                      walk(market, order, book),
                      book,
                      market.fee().describe(),
                      feed.source(),
                      // as PostgreSQL keeps it, so a retry's answer equals the first one
                      clock.instant().truncatedTo(ChronoUnit.MICROS));
              return ledger.record(accountId, config.startingCash(), entry);
            })
        .map(recorded -> same(recorded, order));
  }

  private static int outcome(PolymarketMarket market, PolymarketOrder order) {
    if (!market.acceptingOrders()) {
      throw ApiException.conflict("market: " + market.conditionId() + " takes no orders now");
    }
    int outcome = market.outcomeIndex(order.outcome());
    if (outcome < 0 || outcome >= market.tokenIds().size()) {
      throw ApiException.notFound(
          "outcome: the market has no outcome '"
              + order.outcome()
              + "'; its outcomes are "
              + String.join(", ", market.outcomes()));
    }
    return outcome;
  }

  private static BookFill walk(PolymarketMarket market, PolymarketOrder order, Book book) {
    BookFill fill =
        BookWalk.walk(book, order.side(), order.size(), order.limitPrice(), market.fee());
    if (fill.empty()) {
      String best =
          order.side() == PolymarketSide.BUY
              ? book.bestAsk().map(p -> "the best ask is " + p.toPlainString()).orElse("no asks")
              : book.bestBid().map(p -> "the best bid is " + p.toPlainString()).orElse("no bids");
      throw ApiException.invalid(
          "limitPrice: nothing fills at "
              + order.limitPrice().toPlainString()
              + " ("
              + best
              + "); the order was cancelled, immediate-or-cancel, and nothing was written");
    }
    return fill;
  }

  /** The stored trade if it was this order's; 409 when the key was used for another. */
  private static PolymarketStoredTrade same(PolymarketStoredTrade stored, PolymarketOrder order) {
    if (stored.existing() && !stored.fingerprint().equals(order.fingerprint())) {
      throw ApiException.conflict(
          "idempotencyKey: "
              + order.idempotencyKey()
              + " was already used for a different order (trade "
              + stored.trade().id()
              + "); use a new key for a new order");
    }
    return stored;
  }
}
