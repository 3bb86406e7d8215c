package dev.vizzor.market.source;

import dev.vizzor.market.client.alternativeme.AlternativeMeClient;
import dev.vizzor.market.client.binance.BinanceClient;
import dev.vizzor.market.client.coingecko.CoinGeckoClient;
import dev.vizzor.market.client.dexscreener.DexScreenerClient;
import dev.vizzor.market.client.dexscreener.ProfiledPairs;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.KnownAsset;
import dev.vizzor.market.domain.NewPair;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.QuoteBatch;
import dev.vizzor.market.domain.SourceArguments;
import dev.vizzor.market.domain.SpotPrice;
import dev.vizzor.market.domain.TrendingCoin;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The public APIs: Binance for quotes and candles (any USDT pair Binance lists), CoinGecko for
 * trending (its search-trending list, then the top movers among the known assets not already in
 * it), alternative.me for Fear &amp; Greed, DexScreener for new pairs. Typed to its class so that
 * {@link MarketSourceProducer} alone decides which source is the {@link MarketSource}.
 *
 * <p>Trending, Fear &amp; Greed and new pairs change over minutes, not per request, and their
 * upstreams allow a few calls a minute: their answers are kept for a while (caches {@value
 * #TRENDING_CACHE}, {@value #FEAR_GREED_CACHE}, {@value #NEW_PAIRS_CACHE}; lifetimes in
 * application.properties). Failures are not kept.
 */
@ApplicationScoped
@Typed(LiveMarketSource.class)
public class LiveMarketSource implements MarketSource {
  private static final Logger LOG = Logger.getLogger(LiveMarketSource.class);
  static final String TRENDING_CACHE = "live-trending";
  static final String FEAR_GREED_CACHE = "live-fear-greed";
  static final String NEW_PAIRS_CACHE = "live-new-pairs";
  static final String ALL_PRICES_CACHE = "live-all-prices";

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

  /**
   * One {@code /ticker/24hr} call per {@value BinanceClient#MAX_TICKERS_PER_CALL} assets instead of
   * one per asset (weight 2 for up to 20 symbols, not 2 each). A call Binance refuses over an
   * unlisted symbol is asked again one by one; a call that fails fails its assets' quotes.
   */
  @Override
  public Uni<QuoteBatch> quotes(Collection<Asset> assets) {
    List<Asset> all = List.copyOf(assets);
    List<Uni<QuoteBatch>> calls = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BinanceClient.MAX_TICKERS_PER_CALL) {
      List<Asset> chunk =
          all.subList(from, Math.min(all.size(), from + BinanceClient.MAX_TICKERS_PER_CALL));
      calls.add(quotesOf(chunk));
    }
    if (calls.isEmpty()) {
      return Uni.createFrom().item(new QuoteBatch(Map.of(), Set.of()));
    }
    return Uni.join()
        .all(calls)
        .andFailFast()
        .map(batches -> batches.stream().reduce(QuoteBatch::and).orElseThrow());
  }

  private Uni<QuoteBatch> quotesOf(List<Asset> chunk) {
    return binance
        .quotes(chunk)
        .flatMap(
            quotes -> {
              if (quotes.isEmpty()) {
                return QuoteBatch.oneByOne(chunk, binance::quote);
              }
              Map<Asset, Quote> quoted = new LinkedHashMap<>();
              quotes.get().forEach(quote -> quoted.put(quote.asset(), quote));
              return Uni.createFrom().item(new QuoteBatch(quoted, Set.of()));
            })
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("quotes of %d assets failed: %s", chunk.size(), failure.toString());
              return QuoteBatch.allFailed(chunk);
            });
  }

  /**
   * One {@code /ticker/price} call; when Binance does not list one of the assets, the prices of
   * every listed symbol, kept as long as a cached price (cache {@value #ALL_PRICES_CACHE}) so that
   * a client repeating a batch with an unlisted symbol does not download them each time.
   */
  @Override
  public Uni<List<SpotPrice>> spotPrices(Set<Asset> assets) {
    if (assets.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return binance
        .prices(assets)
        .flatMap(
            prices ->
                prices.isPresent()
                    ? Uni.createFrom().item(prices.get())
                    : allPrices().map(all -> all.of(assets)));
  }

  @CacheResult(cacheName = ALL_PRICES_CACHE)
  Uni<BinanceClient.ListedPrices> allPrices() {
    return binance.allPrices();
  }

  @Override
  public Uni<List<Candle>> candles(Asset asset, Duration interval, Instant from, Instant to) {
    SourceArguments.candleCount(interval, from, to);
    return binance.candles(asset, interval, from, to);
  }

  @Override
  @CacheResult(cacheName = TRENDING_CACHE)
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
    SourceArguments.fearGreedDays(days); // here, not in the cache's loader: a bad argument throws
    return fearGreedOf(days);
  }

  @CacheResult(cacheName = FEAR_GREED_CACHE)
  Uni<FearGreedHistory> fearGreedOf(int days) {
    return alternativeMe.fearGreed(days);
  }

  @Override
  public Uni<List<NewPair>> newPairs(Duration maxAge) {
    SourceArguments.maxAge(maxAge);
    return latestPairs().map(latest -> latest.young(maxAge, clock.instant()));
  }

  /** DexScreener's latest pairs, kept a while; ages and flags are judged per call. */
  @CacheResult(cacheName = NEW_PAIRS_CACHE)
  Uni<ProfiledPairs> latestPairs() {
    return dexScreener.latestPairs();
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
