package dev.vizzor.market.service;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.domain.InvalidSymbolException;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.SpotPrice;
import dev.vizzor.market.domain.SymbolNormalizer;
import dev.vizzor.market.source.MarketSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/** Prices cache-first: Redis while fresh, else the market source (and then into Redis). */
@ApplicationScoped
public class PriceService {
  /** Most symbols one batch request may name (before duplicates collapse). */
  public static final int MAX_BATCH = 50;

  private static final Logger LOG = Logger.getLogger(PriceService.class);

  private final MarketSource source;
  private final PriceCache cache;

  PriceService(MarketSource source, PriceCache cache) {
    this.source = source;
    this.cache = cache;
  }

  /**
   * The quote of one asset with its 24 h statistics.
   *
   * @throws UnknownAssetException (as the failure) when the source does not know the asset
   */
  public Uni<Priced<Quote>> quote(Asset asset) {
    return cache
        .quote(asset)
        .flatMap(
            hit ->
                hit.isPresent()
                    ? Uni.createFrom().item(new Priced<>(hit.get(), true))
                    : source
                        .quote(asset)
                        .flatMap(
                            fresh ->
                                fresh.isEmpty()
                                    ? Uni.createFrom()
                                        .<Priced<Quote>>failure(new UnknownAssetException(asset))
                                    : cache
                                        .putQuote(fresh.get())
                                        .replaceWith(new Priced<>(fresh.get(), false))));
  }

  /**
   * The prices of the comma-separated {@code symbols}: cached ones from one MGET, the rest from one
   * source call, cached afterwards. Symbols that fail are listed, the others still answered.
   *
   * @throws InvalidArgumentException for no symbols or more than {@value #MAX_BATCH}
   */
  public Uni<BatchPrices> prices(String symbols) {
    if (symbols == null || symbols.isBlank()) {
      throw new InvalidArgumentException("symbols is required, e.g. symbols=BTC,ETH");
    }
    String[] inputs = symbols.split(",", -1);
    if (inputs.length > MAX_BATCH) {
      throw new InvalidArgumentException(
          "at most " + MAX_BATCH + " symbols per request, not " + inputs.length);
    }
    Map<Asset, String> wanted = new LinkedHashMap<>();
    List<BatchPrices.Failed> failed = new ArrayList<>();
    for (String input : inputs) {
      try {
        wanted.putIfAbsent(SymbolNormalizer.normalize(input), input);
      } catch (InvalidSymbolException malformed) {
        failed.add(new BatchPrices.Failed(input, "invalid_symbol"));
      }
    }
    return cache
        .spotPrices(wanted.keySet())
        .flatMap(
            hits -> {
              Map<Asset, Priced<SpotPrice>> found = new HashMap<>();
              hits.forEach(hit -> found.put(hit.asset(), new Priced<>(hit, true)));
              Set<Asset> misses = new LinkedHashSet<>(wanted.keySet());
              misses.removeAll(found.keySet());
              return fetch(misses, found)
                  .map(unavailable -> assemble(wanted, found, unavailable, failed));
            });
  }

  /** Adds the source's prices of {@code misses} to {@code found}; true when the source failed. */
  private Uni<Boolean> fetch(Set<Asset> misses, Map<Asset, Priced<SpotPrice>> found) {
    if (misses.isEmpty()) {
      return Uni.createFrom().item(false);
    }
    return source
        .spotPrices(misses)
        .call(cache::putSpotPrices)
        .map(
            fetched -> {
              fetched.forEach(price -> found.put(price.asset(), new Priced<>(price, false)));
              return false;
            })
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("batch prices: the %s source failed: %s", source.name(), failure);
              return true;
            });
  }

  private static BatchPrices assemble(
      Map<Asset, String> wanted,
      Map<Asset, Priced<SpotPrice>> found,
      boolean sourceFailed,
      List<BatchPrices.Failed> failed) {
    List<Priced<SpotPrice>> prices = new ArrayList<>();
    wanted.forEach(
        (asset, input) -> {
          Priced<SpotPrice> price = found.get(asset);
          if (price != null) {
            prices.add(price);
          } else {
            failed.add(
                new BatchPrices.Failed(input, sourceFailed ? "upstream_unavailable" : "not_found"));
          }
        });
    return new BatchPrices(prices, failed);
  }
}
