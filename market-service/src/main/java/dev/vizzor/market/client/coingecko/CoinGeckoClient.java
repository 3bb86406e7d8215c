package dev.vizzor.market.client.coingecko;

import dev.vizzor.market.client.RestClients;
import dev.vizzor.market.config.MarketConfig;
import dev.vizzor.market.domain.KnownAsset;
import dev.vizzor.market.domain.TrendingCoin;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Live trending from CoinGecko: its search-trending coins, then the biggest movers among the known
 * assets from {@code /coins/markets}. CoinGecko wants coin ids, so the known assets' tickers are
 * mapped by the explicit table in {@link KnownAsset}. Fault tolerance: the service's policy for
 * outbound calls. The public API's rate limit is low (about 30 calls a minute): callers should
 * cache.
 */
@ApplicationScoped
@Timeout
@Retry
@CircuitBreaker
public class CoinGeckoClient {
  static final String SOURCE = "coingecko";
  static final String API_KEY_HEADER = "x-cg-demo-api-key";

  /** How many known-asset movers follow CoinGecko's own trending list. */
  static final int KNOWN_MOVERS = 3;

  private final CoinGeckoApi api;

  CoinGeckoClient(MarketConfig config) {
    QuarkusRestClientBuilder builder = RestClients.builder(SOURCE, config.coingecko().url());
    config
        .coingecko()
        .apiKey()
        .filter(key -> !key.isBlank())
        .ifPresent(key -> builder.register(new ApiKeyHeader(key)));
    this.api = builder.build(CoinGeckoApi.class);
  }

  /** CoinGecko's search-trending coins in its order. */
  public Uni<List<TrendingCoin>> searchTrending() {
    return api.trending()
        .map(
            response ->
                response.coins().stream()
                    .map(CoinGeckoTrending.Coin::item)
                    .map(this::coin)
                    .toList());
  }

  /** The {@value #KNOWN_MOVERS} known assets with the largest absolute 24 h change. */
  public Uni<List<TrendingCoin>> knownMovers() {
    String ids =
        Arrays.stream(KnownAsset.values())
            .map(KnownAsset::coinGeckoId)
            .collect(Collectors.joining(","));
    return api.markets("usd", ids)
        .map(
            markets ->
                markets.stream()
                    .filter(market -> market.priceChangePercentage24h() != null)
                    .sorted(
                        Comparator.comparing(
                                (CoinGeckoMarket market) -> market.priceChangePercentage24h().abs())
                            .reversed())
                    .limit(KNOWN_MOVERS)
                    .map(CoinGeckoClient::mover)
                    .toList());
  }

  private TrendingCoin coin(CoinGeckoTrending.Item item) {
    CoinGeckoTrending.Data data = item.data();
    BigDecimal change =
        data == null || data.priceChange24h() == null ? null : data.priceChange24h().get("usd");
    return new TrendingCoin(
        item.symbol().toUpperCase(Locale.ROOT),
        item.name(),
        item.marketCapRank(),
        change,
        data == null ? null : usd(data.totalVolume()),
        "CoinGecko search trending #" + (item.score() == null ? "?" : item.score() + 1),
        SOURCE);
  }

  private static TrendingCoin mover(CoinGeckoMarket market) {
    return new TrendingCoin(
        market.symbol().toUpperCase(Locale.ROOT),
        market.name(),
        market.marketCapRank(),
        market.priceChangePercentage24h(),
        market.totalVolume(),
        String.format(Locale.ROOT, "top mover: %+.2f%% in 24 h", market.priceChangePercentage24h()),
        SOURCE);
  }

  /** Sends the demo API key, which raises CoinGecko's rate limit for its holder. */
  static final class ApiKeyHeader implements ClientRequestFilter {
    private final String key;

    ApiKeyHeader(String key) {
      this.key = key;
    }

    @Override
    public void filter(ClientRequestContext request) {
      request.getHeaders().putSingle(API_KEY_HEADER, key);
    }
  }

  /** {@code "$99,703,583"} → 99703583; null for anything else. */
  static BigDecimal usd(String formatted) {
    if (formatted == null) {
      return null;
    }
    String digits = formatted.replace("$", "").replace(",", "").strip();
    try {
      return new BigDecimal(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
