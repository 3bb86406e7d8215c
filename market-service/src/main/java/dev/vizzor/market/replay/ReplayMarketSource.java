package dev.vizzor.market.replay;

import dev.vizzor.market.config.MarketConfig;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.NewPair;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.SourceArguments;
import dev.vizzor.market.domain.SpotPrice;
import dev.vizzor.market.domain.TrendingCoin;
import dev.vizzor.market.source.MarketSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The offline default: real Binance 1 h candles, the real Fear &amp; Greed history and a real
 * DexScreener capture, all bundled, served as of the {@link ReplayClock}'s instant. Nothing is
 * served from the replay's future. Only the assets with bundled candles are known.
 *
 * <p>Typed to its class so that {@code MarketSourceProducer} alone decides which source is the
 * {@code MarketSource}.
 */
@ApplicationScoped
@Typed(ReplayMarketSource.class)
public class ReplayMarketSource implements MarketSource {
  private static final Logger LOG = Logger.getLogger(ReplayMarketSource.class);

  private final ReplayData data;
  private final ReplayClock clock;
  private final DerivedTrending trending;

  @Inject
  ReplayMarketSource(MarketConfig config, Clock wall) {
    // Arguments are evaluated in order: the time is taken before the files are read.
    this(System.nanoTime(), ReplayData.loadBundled(), config.replay(), wall);
  }

  private ReplayMarketSource(
      long loadStartNanos, ReplayData data, MarketConfig.Replay replay, Clock wall) {
    this(
        data,
        new ReplayClock(
            wall,
            replay.start(),
            replay.speed(),
            data.history().spanStart(),
            data.history().spanEnd()));
    LOG.infof(
        "replaying bundled history %s – %s (read in %d ms) from %s at %s× wall-clock speed",
        data.history().spanStart(),
        data.history().spanEnd(),
        (System.nanoTime() - loadStartNanos) / 1_000_000,
        replay.start(),
        replay.speed());
  }

  ReplayMarketSource(ReplayData data, ReplayClock clock) {
    this.data = data;
    this.clock = clock;
    this.trending = new DerivedTrending(data.history());
  }

  @Override
  public Uni<Optional<Quote>> quote(Asset asset) {
    return Uni.createFrom().item(() -> data.history().quote(asset, clock.now()));
  }

  @Override
  public Uni<List<SpotPrice>> spotPrices(Set<Asset> assets) {
    return Uni.createFrom()
        .item(
            () -> {
              Instant now = clock.now();
              return assets.stream()
                  .flatMap(asset -> data.history().quote(asset, now).stream())
                  .map(quote -> new SpotPrice(quote.asset(), quote.price(), now, quote.source()))
                  .toList();
            });
  }

  @Override
  public Uni<List<Candle>> candles(Asset asset, Duration interval, Instant from, Instant to) {
    SourceArguments.candleCount(interval, from, to);
    return Uni.createFrom()
        .item(() -> data.history().candles(asset, interval, from, to, clock.now()));
  }

  @Override
  public Uni<List<TrendingCoin>> trending() {
    return Uni.createFrom().item(() -> trending.at(clock.now()));
  }

  @Override
  public Uni<FearGreedHistory> fearGreed(int days) {
    SourceArguments.fearGreedDays(days);
    return Uni.createFrom().item(() -> data.fearGreed().at(clock.now(), days));
  }

  @Override
  public Uni<List<NewPair>> newPairs(Duration maxAge) {
    SourceArguments.maxAge(maxAge);
    return Uni.createFrom().item(() -> data.newPairs().at(clock.now(), maxAge));
  }

  @Override
  public Set<Asset> knownAssets() {
    return data.history().assets();
  }

  @Override
  public Instant now() {
    return clock.now();
  }

  @Override
  public String candleSource() {
    return ReplayHistory.SOURCE;
  }

  @Override
  public String name() {
    return "replay";
  }
}
