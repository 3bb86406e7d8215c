package dev.vizzor.market.source;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.domain.NewPair;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.QuoteBatch;
import dev.vizzor.market.domain.SourceArguments;
import dev.vizzor.market.domain.SpotPrice;
import dev.vizzor.market.domain.TrendingCoin;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the market service knows about the market, from one source: {@code replay} (the
 * bundled real history on a clock, the default) or {@code live} (Binance, CoinGecko,
 * alternative.me, DexScreener). Inject {@code MarketSource}; {@code vizzor.market.source} picks the
 * implementation. Every value says its source, so replayed data never passes for live.
 *
 * <p>Failures of a live upstream (after retries, or with its circuit open) arrive as failed {@link
 * Uni}s; bad arguments throw {@link InvalidArgumentException} at once.
 */
public interface MarketSource {

  /** The current quote, or empty when this source does not know the asset. */
  Uni<Optional<Quote>> quote(Asset asset);

  /**
   * The current quotes of {@code assets}, for passes over many of them. By default one {@link
   * #quote} per asset; a source whose upstream prices many at once overrides it.
   */
  default Uni<QuoteBatch> quotes(Collection<Asset> assets) {
    return QuoteBatch.oneByOne(assets, this::quote);
  }

  /**
   * The prices of several assets at once, without 24 h statistics; assets this source does not know
   * are absent. Live, one Binance call for all of them.
   */
  Uni<List<SpotPrice>> spotPrices(Set<Asset> assets);

  /**
   * Candles with open time in {@code [from, to)}, oldest first.
   *
   * @param interval 1 h or one of 2 h, 4 h, 6 h, 8 h, 12 h, 1 d (Binance's hour-multiple intervals)
   * @throws InvalidArgumentException for another interval, {@code from} not before {@code to}, or a
   *     window that could hold more than {@value SourceArguments#MAX_CANDLES} candles
   */
  Uni<List<Candle>> candles(Asset asset, Duration interval, Instant from, Instant to);

  /** Coins trending now, most notable first, each with the reason it is listed. */
  Uni<List<TrendingCoin>> trending();

  /**
   * The latest Fear &amp; Greed value and up to {@code days} daily values, newest first.
   *
   * @param days 0 (latest only) to {@value SourceArguments#MAX_FEAR_GREED_DAYS}
   * @throws InvalidArgumentException for days outside that range
   */
  Uni<FearGreedHistory> fearGreed(int days);

  /**
   * DEX pairs created within {@code maxAge} of now, newest first, with their risk flags.
   *
   * @throws InvalidArgumentException for a zero or negative age
   */
  Uni<List<NewPair>> newPairs(Duration maxAge);

  /** The assets served by default (ticks, trending); {@link #quote} may know more. */
  Set<Asset> knownAssets();

  /** This source's now: the replayed instant, or the wall clock when live. */
  Instant now();

  /** Where {@link #candles} come from: {@code replay}, or {@code binance} when live. */
  String candleSource();

  /** {@code replay} or {@code live}. */
  String name();
}
