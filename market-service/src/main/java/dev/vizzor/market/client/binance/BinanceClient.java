package dev.vizzor.market.client.binance;

import static java.util.stream.Collectors.joining;

import dev.vizzor.market.client.RestClients;
import dev.vizzor.market.client.UpstreamRejectedException;
import dev.vizzor.market.config.MarketConfig;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.SourceArguments;
import dev.vizzor.market.domain.SpotPrice;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Live prices and candles from Binance spot. Fault tolerance: the service's policy for outbound
 * calls (application.properties; every method is a GET, so retrying is safe), which one method can
 * override with {@code
 * quarkus.fault-tolerance."dev.vizzor.market.client.binance.BinanceClient/quote".retry.*} etc.
 */
@ApplicationScoped
@Timeout
@Retry
@CircuitBreaker
public class BinanceClient {
  public static final String SOURCE = "binance";

  /** Binance's error code for a symbol it does not list. */
  private static final String INVALID_SYMBOL = "-1121";

  private final BinanceApi api;
  private final Clock clock;

  BinanceClient(MarketConfig config, Clock clock) {
    this.api = RestClients.builder(SOURCE, config.binance().url()).build(BinanceApi.class);
    this.clock = clock;
  }

  /** Most symbols one {@code /ticker/24hr?symbols=} call may name. */
  public static final int MAX_TICKERS_PER_CALL = 100;

  /** The current quote from the 24 h ticker; empty when Binance does not list the USDT pair. */
  public Uni<Optional<Quote>> quote(Asset asset) {
    return api.ticker24h(asset.pair())
        .map(ticker -> Optional.of(quote(asset, ticker)))
        .onFailure(BinanceClient::isInvalidSymbol)
        .recoverWithItem(Optional.empty());
  }

  /**
   * The current quotes of up to {@value #MAX_TICKERS_PER_CALL} assets from one {@code
   * /ticker/24hr?symbols=[…]} call. Empty when Binance does not list one of them: it then refuses
   * the whole call without saying which, and the caller asks {@link #quote} one by one.
   */
  public Uni<Optional<List<Quote>>> quotes(Collection<Asset> assets) {
    if (assets.size() > MAX_TICKERS_PER_CALL) {
      throw new IllegalArgumentException(
          assets.size() + " assets, more than " + MAX_TICKERS_PER_CALL + " per call");
    }
    Map<String, Asset> byPair = new LinkedHashMap<>();
    assets.forEach(asset -> byPair.put(asset.pair(), asset));
    return api.tickers24h(symbolsParameter(byPair.keySet()))
        .map(
            tickers ->
                Optional.of(
                    tickers.stream()
                        .filter(ticker -> byPair.containsKey(ticker.symbol()))
                        .map(ticker -> quote(byPair.get(ticker.symbol()), ticker))
                        .toList()))
        .onFailure(BinanceClient::isInvalidSymbol)
        .recoverWithItem(Optional.empty());
  }

  private static Quote quote(Asset asset, BinanceTicker24h ticker) {
    return new Quote(
        asset,
        ticker.lastPrice(),
        ticker.priceChangePercent(),
        ticker.highPrice(),
        ticker.lowPrice(),
        ticker.volume(),
        Instant.ofEpochMilli(ticker.closeTime()),
        SOURCE);
  }

  /** Binance's form of a symbol list: a JSON array such as {@code ["BTCUSDT","ETHUSDT"]}. */
  private static String symbolsParameter(Collection<String> pairs) {
    return pairs.stream().map(pair -> '"' + pair + '"').collect(joining(",", "[", "]"));
  }

  /**
   * The last prices of all {@code assets} from one {@code /ticker/price?symbols=[…]} call. Empty
   * when Binance does not list one of them: it then refuses the whole call without saying which,
   * and the caller turns to {@link #allPrices}.
   */
  public Uni<Optional<List<SpotPrice>>> prices(Collection<Asset> assets) {
    Map<String, Asset> byPair = new LinkedHashMap<>();
    assets.forEach(asset -> byPair.put(asset.pair(), asset));
    return api.tickerPrices(symbolsParameter(byPair.keySet()))
        .map(
            tickers -> {
              Instant asOf = clock.instant();
              return Optional.of(
                  tickers.stream()
                      .filter(ticker -> byPair.containsKey(ticker.symbol()))
                      .map(ticker -> spotPrice(byPair.get(ticker.symbol()), ticker.price(), asOf))
                      .toList());
            })
        .onFailure(BinanceClient::isInvalidSymbol)
        .recoverWithItem(Optional.empty());
  }

  /**
   * The last price of every symbol Binance lists, from one {@code /ticker/price} call (weight 4,
   * the cost of two single-symbol calls, whatever the number of assets asked).
   */
  public Uni<ListedPrices> allPrices() {
    return api.allTickerPrices()
        .map(
            tickers -> {
              Map<String, BigDecimal> byPair = new HashMap<>();
              tickers.forEach(ticker -> byPair.put(ticker.symbol(), ticker.price()));
              return new ListedPrices(byPair, clock.instant());
            });
  }

  /** Every listed symbol's last price, as of one instant. */
  public record ListedPrices(Map<String, BigDecimal> byPair, Instant asOf) {

    /** The prices of those of {@code assets} Binance lists. */
    public List<SpotPrice> of(Collection<Asset> assets) {
      return assets.stream()
          .filter(asset -> byPair.containsKey(asset.pair()))
          .map(asset -> spotPrice(asset, byPair.get(asset.pair()), asOf))
          .toList();
    }
  }

  private static SpotPrice spotPrice(Asset asset, BigDecimal price, Instant asOf) {
    return new SpotPrice(asset, price, asOf, SOURCE);
  }

  /**
   * Candles opening in {@code [from, to)}, as Binance has them: the last one may still be in
   * progress. Empty for a symbol Binance does not list.
   */
  public Uni<List<Candle>> candles(Asset asset, Duration interval, Instant from, Instant to) {
    int limit = SourceArguments.candleCount(interval, from, to);
    return api.klines(
            asset.pair(),
            SourceArguments.binanceInterval(interval),
            from.toEpochMilli(),
            to.toEpochMilli() - 1,
            limit)
        .map(rows -> rows.stream().map(BinanceClient::candle).toList())
        .onFailure(BinanceClient::isInvalidSymbol)
        .recoverWithItem(List.of());
  }

  private static Candle candle(List<String> row) {
    return new Candle(
        Instant.ofEpochMilli(Long.parseLong(row.get(0))),
        new BigDecimal(row.get(1)),
        new BigDecimal(row.get(2)),
        new BigDecimal(row.get(3)),
        new BigDecimal(row.get(4)),
        new BigDecimal(row.get(5)));
  }

  /**
   * Binance answers an unlisted symbol with 400 and {@code {"code":-1121,"msg":"Invalid symbol."}}.
   */
  private static boolean isInvalidSymbol(Throwable failure) {
    return failure instanceof UpstreamRejectedException rejected
        && rejected.status() == 400
        && rejected.body().contains(INVALID_SYMBOL);
  }
}
