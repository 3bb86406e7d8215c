package dev.vizzor.agent.service;

import dev.vizzor.agent.config.PolymarketConfig;
import dev.vizzor.agent.domain.Book;
import dev.vizzor.agent.domain.PolymarketMarket;
import dev.vizzor.agent.domain.PolymarketPortfolio;
import dev.vizzor.agent.domain.PolymarketPosition;
import dev.vizzor.agent.repository.PolymarketLedger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An account's paper portfolio: cash, the outcomes held marked at the mid of their books now, and
 * its recent trades. A market whose book does not answer leaves its positions unmarked (null mark,
 * value and unrealised PnL) rather than failing the whole answer.
 */
@ApplicationScoped
public class PolymarketPositions {
  private final PolymarketFeed feed;
  private final PolymarketLedger ledger;
  private final PolymarketConfig config;

  PolymarketPositions(PolymarketFeed feed, PolymarketLedger ledger, PolymarketConfig config) {
    this.feed = feed;
    this.ledger = ledger;
    this.config = config;
  }

  public Uni<PolymarketPortfolio> of(UUID accountId) {
    return Uni.combine()
        .all()
        .unis(
            ledger.cash(accountId, config.startingCash()),
            ledger.holdings(accountId),
            ledger.recent(accountId, config.recentTrades()))
        .asTuple()
        .flatMap(
            loaded -> {
              List<PolymarketPosition> held =
                  loaded.getItem2().stream().filter(p -> p.shares().signum() > 0).toList();
              BigDecimal realised =
                  loaded.getItem2().stream()
                      .map(PolymarketPosition::realisedPnl)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              BigDecimal fees =
                  loaded.getItem2().stream()
                      .map(PolymarketPosition::fees)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              Uni<Instant> now = held.isEmpty() ? Uni.createFrom().nullItem() : feed.now();
              return now.flatMap(at -> marked(held, at))
                  .map(
                      positions ->
                          new PolymarketPortfolio(
                              config.startingCash(),
                              loaded.getItem1(),
                              realised,
                              fees,
                              positions.positions(),
                              List.of(),
                              loaded.getItem3(),
                              positions.at(),
                              feed.source()));
            });
  }

  private record Marked(List<PolymarketPosition> positions, Instant at) {}

  private Uni<Marked> marked(List<PolymarketPosition> held, Instant now) {
    if (held.isEmpty()) {
      return Uni.createFrom().item(new Marked(List.of(), null));
    }
    List<String> markets = held.stream().map(PolymarketPosition::market).distinct().toList();
    List<Uni<Map.Entry<String, Map<String, BigDecimal>>>> marks =
        markets.stream().map(market -> mids(market, now)).toList();
    return Uni.join()
        .all(marks)
        .andFailFast()
        .map(
            entries -> {
              Map<String, Map<String, BigDecimal>> mids =
                  entries.stream()
                      .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
              List<PolymarketPosition> positions = new ArrayList<>();
              for (PolymarketPosition p : held) {
                BigDecimal mark = mids.getOrDefault(p.market(), Map.of()).get(p.outcome());
                BigDecimal value = mark == null ? null : p.shares().multiply(mark);
                positions.add(
                    new PolymarketPosition(
                        p.market(),
                        p.question(),
                        p.outcome(),
                        p.tokenId(),
                        p.shares(),
                        p.averagePrice(),
                        p.cost(),
                        mark,
                        value,
                        value == null ? null : value.subtract(p.cost()),
                        p.realisedPnl(),
                        p.fees()));
              }
              return new Marked(positions, now);
            });
  }

  /** The mid of each outcome's book of the market now; empty when the market or books fail. */
  private Uni<Map.Entry<String, Map<String, BigDecimal>>> mids(String conditionId, Instant now) {
    return feed.market(conditionId, now)
        .flatMap(
            found ->
                found.isEmpty()
                    ? Uni.createFrom().item(Map.<String, BigDecimal>of())
                    : feed.books(found.get(), now).map(books -> byOutcome(found.get(), books)))
        .onFailure()
        .recoverWithItem(Map.of())
        .map(mids -> Map.entry(conditionId, mids));
  }

  private static Map<String, BigDecimal> byOutcome(PolymarketMarket market, List<Book> books) {
    Map<String, BigDecimal> mids = new java.util.HashMap<>();
    for (int i = 0; i < books.size(); i++) {
      Optional<BigDecimal> mid = books.get(i).mid();
      if (mid.isPresent()) {
        mids.put(market.outcomes().get(i), mid.get());
      }
    }
    return mids;
  }
}
