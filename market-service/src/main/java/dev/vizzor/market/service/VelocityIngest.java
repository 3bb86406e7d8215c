package dev.vizzor.market.service;

import dev.vizzor.market.config.VelocityConfig;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.DataPoint;
import dev.vizzor.market.domain.FearGreed;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.Granularity;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.QuoteBatch;
import dev.vizzor.market.domain.TrackedItem;
import dev.vizzor.market.repository.DataPointRepository;
import dev.vizzor.market.repository.DataPointRepository.SeriesKey;
import dev.vizzor.market.repository.TrackedItemRepository;
import dev.vizzor.market.source.MarketSource;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Records the Velocity items' data points, one pass every {@code vizzor.market.velocity
 * .ingest-interval}. A pass quotes every active asset and records the 5-minute step of each quote's
 * instant (the replayed instant under the replay), the market breadth of those quotes, the
 * completed 1 h candles each asset lacks (up to {@code hourly-backfill} back, so a new item is
 * scored from real closes at once) and the Fear &amp; Greed days the index item lacks. Nothing is
 * synthesised: every point is a value the source reported. Recording the same steps again updates
 * them in place, so passes are idempotent.
 */
@ApplicationScoped
public class VelocityIngest {
  private static final Logger LOG = Logger.getLogger(VelocityIngest.class);
  private static final Duration HOUR = Duration.ofHours(1);

  private final MarketSource source;
  private final ActiveSymbols symbols;
  private final Pool pool;
  private final TrackedItemRepository items;
  private final DataPointRepository points;
  private final VelocityConfig config;

  VelocityIngest(
      MarketSource source,
      ActiveSymbols symbols,
      Pool pool,
      TrackedItemRepository items,
      DataPointRepository points,
      VelocityConfig config) {
    this.source = source;
    this.symbols = symbols;
    this.pool = pool;
    this.items = items;
    this.points = points;
    this.config = config;
  }

  /** What one pass recorded. */
  public record Pass(Instant asOf, int items, int points, int purged) {}

  @Scheduled(
      identity = "velocity-ingest",
      every = "${vizzor.market.velocity.ingest-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      // a pass runs on the event loop: before the start has created the market source (seconds
      // of reading the replay's files) it would do that there and block the loop
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> scheduled() {
    return pass()
        .invoke(pass -> LOG.debugf("velocity ingest: %s", pass))
        .onFailure()
        .invoke(failure -> LOG.warnf("velocity ingest pass failed: %s", failure.toString()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /**
   * One pass. Without any quote there is no instant to record at, so the pass records nothing and
   * emits an empty {@link Optional}.
   */
  public Uni<Optional<Pass>> pass() {
    List<Asset> assets =
        symbols.current().stream().sorted(Comparator.comparing(Asset::pair)).toList();
    return source
        .quotes(assets)
        .chain(
            quoted ->
                quoted.quoted().isEmpty()
                    ? Uni.createFrom().item(Optional.<Pass>empty())
                    : record(quoted).map(Optional::of));
  }

  /**
   * Records the quotes' points. The items of the quoted assets and of those whose quote failed stay
   * active (a failure says nothing about the asset); an asset the source has no data for is no
   * longer tracked. Breadth is recorded only when no quote failed, as a share of fewer assets would
   * be a different measure.
   */
  private Uni<Pass> record(QuoteBatch quoted) {
    List<Quote> quotes = List.copyOf(quoted.quoted().values());
    Instant now = quotes.stream().map(Quote::asOf).max(Comparator.naturalOrder()).orElseThrow();
    String quoteSource = quotes.getFirst().source();
    Map<String, TrackedItem> recorded = new LinkedHashMap<>();
    List<DataPoint> observed = new ArrayList<>();
    int up = 0;
    for (Quote quote : quotes) {
      TrackedItem item = VelocityItems.crypto(quote.asset());
      recorded.put(item.id(), item);
      observed.add(ObservedPoints.quote(item.id(), quote));
      up += quote.change24hPercent().signum() > 0 ? 1 : 0;
    }
    List<String> activeIds = new ArrayList<>(recorded.keySet());
    quoted.failed().forEach(asset -> activeIds.add(VelocityItems.crypto(asset).id()));
    if (quoted.failed().isEmpty()) {
      TrackedItem breadth = VelocityItems.breadth();
      recorded.put(breadth.id(), breadth);
      observed.add(ObservedPoints.breadth(breadth.id(), up, quotes.size(), now, quoteSource));
    } else {
      LOG.warnf(
          "velocity ingest skips market breadth this pass: quotes failed for %s", quoted.failed());
    }
    return points
        .newestSteps()
        .chain(
            newest ->
                Uni.combine()
                    .all()
                    .unis(hourlyCloses(quotes, newest, now), fearGreedDays(newest, now))
                    .asTuple())
        .chain(
            fetched -> {
              observed.addAll(fetched.getItem1());
              if (!fetched.getItem2().isEmpty()) {
                TrackedItem fearGreed = VelocityItems.fearGreed();
                recorded.put(fearGreed.id(), fearGreed);
                observed.addAll(fetched.getItem2());
              }
              return store(recorded, activeIds, observed, now);
            });
  }

  private Uni<Pass> store(
      Map<String, TrackedItem> recorded,
      List<String> activeIds,
      List<DataPoint> observed,
      Instant now) {
    return pool.withTransaction(
        connection ->
            items
                .upsertActive(connection, recorded.values(), now)
                .chain(() -> points.upsert(connection, observed))
                .chain(() -> items.deactivateOthers(connection, VelocityItems.CRYPTO, activeIds))
                .chain(() -> points.purge(connection, now, config.retention()))
                .call(() -> items.refreshSpan(connection, recorded.keySet()))
                .map(purged -> new Pass(now, recorded.size(), observed.size(), purged)));
  }

  /**
   * The completed 1 h candles after each asset's newest stored close, at most {@code
   * hourly-backfill} back from now.
   */
  private Uni<List<DataPoint>> hourlyCloses(
      List<Quote> quotes, Map<SeriesKey, Instant> newest, Instant now) {
    Instant to = ObservedPoints.stepStart(now, Granularity.HOURLY);
    Instant earliest = to.minus(config.hourlyBackfill());
    String candleSource = ObservedPoints.REPLAY.equals(source.name()) ? "replay" : "binance";
    List<Uni<List<DataPoint>>> calls = new ArrayList<>();
    for (Quote quote : quotes) {
      Asset asset = quote.asset();
      String itemId = VelocityItems.crypto(asset).id();
      Instant stored = newest.get(new SeriesKey(itemId, Granularity.HOURLY));
      Instant from = stored == null || stored.isBefore(earliest) ? earliest : stored.plus(HOUR);
      if (!from.isBefore(to)) {
        continue;
      }
      calls.add(
          orSkip(
              "1h candles of " + asset,
              () ->
                  source
                      .candles(asset, HOUR, from, to)
                      .map(
                          candles ->
                              candles.stream()
                                  .map(
                                      c ->
                                          ObservedPoints.hourlyClose(
                                              itemId, asset, c, candleSource))
                                  .toList()),
              List.of()));
    }
    if (calls.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return Uni.join()
        .all(calls)
        .andFailFast()
        .map(all -> all.stream().flatMap(List::stream).toList());
  }

  /** The index days after the newest stored one, at most {@code daily-backfill-days} back. */
  private Uni<List<DataPoint>> fearGreedDays(Map<SeriesKey, Instant> newest, Instant now) {
    Instant stored = newest.get(new SeriesKey(VelocityItems.FEAR_GREED_ID, Granularity.DAILY));
    int backfill = config.dailyBackfillDays();
    int days =
        stored == null
            ? backfill
            : (int) Math.min(backfill, Duration.between(stored, now).toDays());
    return orSkip(
        "fear & greed",
        () -> source.fearGreed(Math.max(0, days)).map(VelocityIngest::indexDays),
        List.of());
  }

  private static List<DataPoint> indexDays(FearGreedHistory history) {
    List<FearGreed> days =
        history.history().isEmpty() ? List.of(history.latest()) : history.history();
    return days.stream()
        .map(day -> ObservedPoints.fearGreed(VelocityItems.FEAR_GREED_ID, day))
        .toList();
  }

  /**
   * The call's result, or {@code fallback} when it fails (also by throwing at once): one upstream
   * failing must not cost the other items their points.
   */
  private static <T> Uni<T> orSkip(String what, Supplier<Uni<? extends T>> call, T fallback) {
    return Uni.createFrom()
        .deferred(call)
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("velocity ingest skips %s this pass: %s", what, failure.toString());
              return fallback;
            });
  }
}
