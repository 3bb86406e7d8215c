package dev.vizzor.market.source;

import dev.vizzor.market.client.alternativeme.AlternativeMeClient;
import dev.vizzor.market.client.binance.BinanceClient;
import dev.vizzor.market.client.coingecko.CoinGeckoClient;
import dev.vizzor.market.client.dexscreener.DexScreenerClient;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.KnownAsset;
import dev.vizzor.market.domain.NewPair;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.SpotPrice;
import dev.vizzor.market.domain.TrendingCoin;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public APIs: Binance for quotes and candles (any USDT pair Binance lists), CoinGecko for
 * trending (its search-trending list, then the top movers among the known assets not already in
 * it), alternative.me for Fear &amp; Greed, DexScreener for new pairs. Typed to its class so that
 * {@link MarketSourceProducer} alone decides which source is the {@link MarketSource}.
 */
@ApplicationScoped
@Typed(LiveMarketSource.class)
public class LiveMarketSource implements MarketSource {
  private final BinanceClient binance;
  private final CoinGeckoClient coinGecko;
  private final AlternativeMeClient alternativeMe;
  private final DexScreenerClient dexScreener;
  private final Clock clock;

  LiveMarketSource(
      BinanceClient binance,
      CoinGeckoClient coinGecko,
      AlternativeMeClient alternativeMe,
      DexScreenerClient dexScreener,
      Clock clock) {
    this.binance = binance;
    this.coinGecko = coinGecko;
    this.alternativeMe = alternativeMe;
    this.dexScreener = dexScreener;
    this.clock = clock;
  }

  @Override
  public Uni<Optional<Quote>> quote(Asset asset) {
    return binance.quote(asset);
  }

  /** One {@code /ticker/price} call; when Binance refuses it over an unlisted symbol, one each. */
  @Override
  public Uni<List<SpotPrice>> spotPrices(Set<Asset> assets) {
    if (assets.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return binance
        .prices(assets)
        .flatMap(
            all ->
                all.isPresent()
                    ? Uni.createFrom().item(all.get())
                    : Uni.join()
                        .all(assets.stream().map(binance::price).toList())
                        .andFailFast()
                        .map(each -> each.stream().flatMap(Optional::stream).toList()));
  }

  @Override
  public Uni<List<Candle>> candles(Asset asset, Duration interval, Instant from, Instant to) {
    SourceArguments.candleCount(interval, from, to);
    return binance.candles(asset, interval, from, to);
  }

  @Override
  public Uni<List<TrendingCoin>> trending() {
    return Uni.combine()
        .all()
        .unis(coinGecko.searchTrending(), coinGecko.knownMovers())
        .with(
            (searched, movers) -> {
              List<TrendingCoin> trending = new ArrayList<>(searched);
              Set<String> listed = new HashSet<>();
              searched.forEach(coin -> listed.add(coin.symbol()));
              movers.stream().filter(coin -> listed.add(coin.symbol())).forEach(trending::add);
              return trending;
            });
  }

  @Override
  public Uni<FearGreedHistory> fearGreed(int days) {
    SourceArguments.fearGreedDays(days);
    return alternativeMe.fearGreed(days);
  }

  @Override
  public Uni<List<NewPair>> newPairs(Duration maxAge) {
    SourceArguments.maxAge(maxAge);
    return dexScreener.newPairs(maxAge);
  }

  @Override
  public Set<Asset> knownAssets() {
    return KnownAsset.assets();
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public String candleSource() {
    return BinanceClient.SOURCE;
  }

  @Override
  public String name() {
    return "live";
  }
}
