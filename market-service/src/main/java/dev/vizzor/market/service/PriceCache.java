package dev.vizzor.market.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.market.config.MarketConfig;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.SpotPrice;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Prices in Redis for {@code vizzor.market.cache.price-ttl}, as the JSON of the {@link Quote} or
 * {@link SpotPrice} itself, so a cached answer keeps the source and {@code asOf} it had and never
 * looks fresher than it is. Quotes (with 24 h statistics) and spot prices live under separate keys.
 *
 * <p>The cache is optional: a Redis call that fails or takes longer than {@code redis-timeout} is a
 * miss (reads) or skipped (writes), logged once per outage, and the price comes from the source.
 */
@ApplicationScoped
public class PriceCache {
  static final String QUOTE_KEY = "vizzor:market:quote:";
  static final String SPOT_KEY = "vizzor:market:spot:";
  private static final Logger LOG = Logger.getLogger(PriceCache.class);

  private final Redis redis;
  private final ObjectMapper json;
  private final long ttlMillis;
  private final Duration timeout;
  private final AtomicBoolean unavailable = new AtomicBoolean();

  PriceCache(Redis redis, ObjectMapper json, MarketConfig config) {
    this.redis = redis;
    this.json = json;
    this.ttlMillis = config.cache().priceTtl().toMillis();
    this.timeout = config.cache().redisTimeout();
  }

  public static String quoteKey(Asset asset) {
    return QUOTE_KEY + asset.pair();
  }

  public static String spotKey(Asset asset) {
    return SPOT_KEY + asset.pair();
  }

  public Uni<Optional<Quote>> quote(Asset asset) {
    return get(List.of(quoteKey(asset)), Quote.class)
        .map(found -> found.isEmpty() ? Optional.empty() : Optional.of(found.get(0)));
  }

  public Uni<Void> putQuote(Quote quote) {
    return set(List.of(quoteKey(quote.asset())), List.of(quote));
  }

  /** The cached spot prices among {@code assets}, read with one MGET. */
  public Uni<List<SpotPrice>> spotPrices(Collection<Asset> assets) {
    return get(assets.stream().map(PriceCache::spotKey).toList(), SpotPrice.class);
  }

  /** Caches {@code prices} with one pipelined round trip of {@code SET … PX ttl}. */
  public Uni<Void> putSpotPrices(List<SpotPrice> prices) {
    return set(prices.stream().map(price -> spotKey(price.asset())).toList(), prices);
  }

  private <T> Uni<List<T>> get(List<String> keys, Class<T> type) {
    if (keys.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    Request mget = Request.cmd(Command.MGET);
    keys.forEach(mget::arg);
    return guarded(redis.send(mget), "read")
        .map(response -> response == null ? List.<T>of() : parse(response, type));
  }

  private <T> List<T> parse(Response values, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Response value : values) {
      if (value != null) {
        try {
          found.add(json.readValue(value.toString(), type));
        } catch (JsonProcessingException unreadable) {
          // A value from an older shape is a miss; the next write replaces it.
          LOG.debugf("unreadable cached price: %s", unreadable.getMessage());
        }
      }
    }
    return found;
  }

  private Uni<Void> set(List<String> keys, List<?> values) {
    if (keys.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Request> sets = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      sets.add(
          Request.cmd(Command.SET)
              .arg(keys.get(i))
              .arg(write(values.get(i)))
              .arg("PX")
              .arg(ttlMillis));
    }
    return guarded(redis.batch(sets), "write").replaceWithVoid();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Redis within the timeout, or null (logged once per outage) so the caller uses the source. */
  private <T> Uni<T> guarded(Uni<T> call, String what) {
    return call.ifNoItem()
        .after(timeout)
        .fail()
        .invoke(
            () -> {
              if (unavailable.compareAndSet(true, false)) {
                LOG.info("Redis answers again: prices are cached");
              }
            })
        .onFailure()
        .recoverWithItem(
            failure -> {
              if (unavailable.compareAndSet(false, true)) {
                LOG.warnf(
                    "Redis %s failed (%s): prices come from the source until it answers again",
                    what, failure.toString());
              }
              return null;
            });
  }
}
