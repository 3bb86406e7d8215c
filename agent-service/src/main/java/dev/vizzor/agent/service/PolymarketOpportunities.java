package dev.vizzor.agent.service;

import dev.vizzor.agent.client.MarketCandles;
import dev.vizzor.agent.client.UnknownSymbolException;
import dev.vizzor.agent.domain.Book;
import dev.vizzor.agent.domain.CandleRange;
import dev.vizzor.agent.domain.Opportunities;
import dev.vizzor.agent.domain.Opportunity;
import dev.vizzor.agent.domain.OpportunityModel;
import dev.vizzor.agent.domain.OpportunityOutcome;
import dev.vizzor.agent.domain.PolymarketMarket;
import dev.vizzor.agent.domain.PolymarketPriceEvent;
import dev.vizzor.agent.domain.PolymarketQuestion;
import dev.vizzor.agent.domain.PolymarketSymbols;
import dev.vizzor.chronovisor.Bar;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.market.Symbols;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Edge opportunities for a symbol (docs/POLYMARKET.md): the crypto markets naming it, each read as
 * a price event and priced by {@link OpportunityModel} against the mid of its book.
 */
@ApplicationScoped
public class PolymarketOpportunities {
  /** Fewer returns than this say nothing about volatility. */
  static final int MIN_RETURNS = 24;

  private static final long RETRY_SECONDS = 5;

  /** Until market-service has a day of candles. */
  private static final long WARMUP_RETRY_SECONDS = 600;

  private final MarketCandles candles;
  private final PolymarketFeed feed;

  PolymarketOpportunities(MarketCandles candles, PolymarketFeed feed) {
    this.candles = candles;
    this.feed = feed;
  }

  public Uni<Opportunities> forSymbol(String raw) {
    String symbol;
    try {
      symbol = Symbols.normalize(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(e.getMessage());
    }
    return candles
        .hourly(symbol, null, null)
        .onFailure(UnknownSymbolException.class)
        .transform(unknown -> ApiException.notFound("no prices for " + symbol))
        .onFailure(failure -> !(failure instanceof ApiException))
        .transform(
            failure ->
                ApiException.unavailable(
                    "market-service is unavailable (" + failure.getClass().getSimpleName() + ")",
                    RETRY_SECONDS))
        .flatMap(range -> priced(symbol, range));
  }

  private Uni<Opportunities> priced(String symbol, CandleRange range) {
    if (range.bars().size() < MIN_RETURNS) {
      throw ApiException.unavailable(
          "only " + range.bars().size() + " hourly candles of " + symbol + " so far",
          WARMUP_RETRY_SECONDS);
    }
    double sigma = OpportunityModel.sigma(OpportunityModel.hourlyLogReturns(range.bars()));
    Bar last = range.bars().get(range.bars().size() - 1);
    Inputs inputs = new Inputs(symbol, last.close(), sigma, range);
    Uni<Instant> now = feed.replay() ? Uni.createFrom().item(range.to()) : feed.now();
    return now.flatMap(
        asOf ->
            feed.cryptoMarkets(asOf)
                .flatMap(
                    markets -> {
                      List<Uni<Opportunity>> each = new ArrayList<>();
                      markets.stream()
                          .filter(m -> PolymarketSymbols.named(m.question(), symbol))
                          .forEach(m -> each.add(opportunity(m, inputs, asOf)));
                      Uni<List<Opportunity>> all =
                          each.isEmpty()
                              ? Uni.createFrom().item(List.of())
                              : Uni.join().all(each).andFailFast();
                      return all.map(
                          list ->
                              new Opportunities(
                                  symbol,
                                  asOf,
                                  feed.source(),
                                  range.source(),
                                  inputs.spot(),
                                  sigma,
                                  range.bars().size(),
                                  OpportunityModel.DESCRIPTION,
                                  list));
                    }));
  }

  private record Inputs(String symbol, double spot, double sigma, CandleRange range) {}

  private Uni<Opportunity> opportunity(PolymarketMarket market, Inputs inputs, Instant asOf) {
    PolymarketQuestion.Reading reading = PolymarketQuestion.read(market);
    if (reading.event() == null) {
      return Uni.createFrom().item(Opportunity.unmappable(market, reading.reason()));
    }
    if (!market.endDate().isAfter(asOf)) {
      return Uni.createFrom()
          .item(
              Opportunity.unmappable(
                  market, "resolved at " + market.endDate() + ", not after " + asOf));
    }
    PolymarketPriceEvent event = reading.event();
    Double level = level(market, event, inputs.range());
    String note = null;
    if (event.kind() == PolymarketPriceEvent.Kind.UP_OR_DOWN && level == null) {
      if (market.windowStart().isBefore(inputs.range().to())) {
        return Uni.createFrom()
            .item(
                Opportunity.unmappable(
                    market,
                    "the price at the window's start ("
                        + market.windowStart()
                        + ") is not in the hourly candles"));
      }
      note =
          "the window starts at or after the last known price ("
              + inputs.range().to()
              + "): its move is as likely up as down whatever the level";
    }
    double hours = Duration.between(asOf, market.endDate()).toMillis() / 3_600_000.0;
    double ours =
        level == null
            ? 0.5
            : OpportunityModel.probability(
                event.kind(),
                inputs.spot(),
                level,
                event.upper() == null ? 0 : event.upper().doubleValue(),
                inputs.sigma(),
                hours);
    double rounded = round(ours);
    String finalNote = note;
    return feed.books(market, asOf)
        .map(books -> priced(market, event, inputs, hours, level, rounded, books, finalNote))
        .onFailure()
        .recoverWithItem(
            failure ->
                priced(
                    market,
                    event,
                    inputs,
                    hours,
                    level,
                    rounded,
                    null,
                    "no order book: " + failure.getMessage()));
  }

  private static Opportunity priced(
      PolymarketMarket market,
      PolymarketPriceEvent event,
      Inputs inputs,
      double hours,
      Double level,
      double ours,
      List<Book> books,
      String note) {
    List<OpportunityOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < market.outcomes().size(); i++) {
      Book book = books == null ? null : books.get(i);
      BigDecimal implied = book == null ? null : book.mid().orElse(null);
      double mine = i == 0 ? ours : round(1 - ours);
      outcomes.add(
          new OpportunityOutcome(
              market.outcomes().get(i),
              i < market.tokenIds().size() ? market.tokenIds().get(i) : null,
              i < market.outcomePrices().size() ? market.outcomePrices().get(i) : null,
              book == null ? null : book.bestBid().orElse(null),
              book == null ? null : book.bestAsk().orElse(null),
              implied,
              mine,
              implied == null ? null : round(mine - implied.doubleValue()),
              book != null && book.derived()));
    }
    OpportunityOutcome first = outcomes.get(0);
    Double edge = first.edge();
    String favours =
        edge == null
            ? null
            : edge > 0 ? first.name() : edge < 0 ? outcomes.get(1).name() : "neither";
    return new Opportunity(
        market.conditionId(),
        market.slug(),
        market.question(),
        market.endDate(),
        true,
        null,
        event.kind().wire(),
        level,
        event.upper() == null ? null : event.upper().doubleValue(),
        market.windowStart(),
        inputs.spot(),
        round(hours),
        inputs.sigma(),
        ours,
        first.implied() == null ? null : first.implied().doubleValue(),
        edge,
        favours,
        note,
        outcomes,
        books == null ? null : books.get(0).at());
  }

  /**
   * The level of the event: the question's, or for an Up or Down window the price at its start, the
   * open of the candle opening then or the close of the one closing then (the last one's when the
   * window starts at the market time); null when the candles do not have it.
   */
  static Double level(PolymarketMarket market, PolymarketPriceEvent event, CandleRange range) {
    if (event.kind() != PolymarketPriceEvent.Kind.UP_OR_DOWN) {
      return event.level().doubleValue();
    }
    Instant start = market.windowStart();
    Optional<Double> known =
        range.bars().stream()
            .filter(
                bar ->
                    bar.openTime().equals(start)
                        || bar.openTime().plus(Duration.ofHours(1)).equals(start))
            .map(bar -> bar.openTime().equals(start) ? bar.open() : bar.close())
            .reduce((first, second) -> second);
    return known.orElse(null);
  }

  /** Probabilities and edges to 6 decimals: books quote cents, the model is no finer. */
  static double round(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
  }
}
