package dev.vizzor.market.service;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.NewPair;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.QuoteBatch;
import dev.vizzor.market.domain.TrendingCoin;
import dev.vizzor.market.source.MarketSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The market as the endpoints and the event publishers read it: the one way to the {@link
 * MarketSource} (replay or live) from above the service layer (docs/CONVENTIONS.md), and the place
 * for the rules a bare source does not know, such as telling an unknown asset from an empty window.
 * Prices go through {@link PriceService}, which caches them.
 */
@ApplicationScoped
public class MarketData {
  private final MarketSource source;

  MarketData(MarketSource source) {
    this.source = source;
  }

  /** The source's name ({@code replay} or {@code live}), which every answer reports. */
  public String sourceName() {
    return source.name();
  }

  /** The source's now: the replayed instant, or the wall clock on live. */
  public Instant now() {
    return source.now();
  }

  /** Where candles come from, as {@code source} in candle answers. */
  public String candleSource() {
    return source.candleSource();
  }

  public Uni<Optional<Quote>> quote(Asset asset) {
    return source.quote(asset);
  }

  public Uni<QuoteBatch> quotes(Collection<Asset> assets) {
    return source.quotes(assets);
  }

  public Uni<List<Candle>> candles(Asset asset, Duration interval, Instant from, Instant to) {
    return source.candles(asset, interval, from, to);
  }

  /**
   * Candles as {@link #candles}, but an empty window of an asset the source has no quote for is
   * {@link UnknownAssetException}: no candles because nothing is known, not because none closed.
   */
  public Uni<List<Candle>> candlesOfKnownAsset(
      Asset asset, Duration interval, Instant from, Instant to) {
    return source
        .candles(asset, interval, from, to)
        .flatMap(
            candles ->
                candles.isEmpty()
                    ? source
                        .quote(asset)
                        .map(
                            quote -> {
                              if (quote.isEmpty()) {
                                throw new UnknownAssetException(asset);
                              }
                              return candles;
                            })
                    : Uni.createFrom().item(candles));
  }

  public Uni<List<TrendingCoin>> trending() {
    return source.trending();
  }

  public Uni<FearGreedHistory> fearGreed(int days) {
    return source.fearGreed(days);
  }

  public Uni<List<NewPair>> newPairs(Duration maxAge) {
    return source.newPairs(maxAge);
  }
}
