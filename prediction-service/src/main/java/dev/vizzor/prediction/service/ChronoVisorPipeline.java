package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.Direction;
import dev.vizzor.chronovisor.Forecast;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.chronovisor.Levels;
import dev.vizzor.chronovisor.Resolution;
import dev.vizzor.chronovisor.SymbolForecaster;
import dev.vizzor.chronovisor.TrackRecord;
import dev.vizzor.prediction.client.UnknownSymbolException;
import dev.vizzor.prediction.config.PredictionConfig;
import dev.vizzor.prediction.domain.PredictionView;
import dev.vizzor.prediction.repository.PredictionQueries;
import dev.vizzor.prediction.repository.PredictionRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * ChronoVisor on market time. Ticks move the {@link MarketTimeline}; at each symbol's hourly
 * boundary the pipeline first resolves what came due (on the candles of each prediction's horizon),
 * then emits for every horizon whose boundary it is, with the record known at that instant — the
 * order {@code vizzor eval}'s walk-forward uses. All of it runs on one worker thread, in tick
 * order, so the engines need no locking and a slow training pass only delays, never reorders.
 */
@ApplicationScoped
public class ChronoVisorPipeline {
  private static final Logger LOG = Logger.getLogger(ChronoVisorPipeline.class);
  static final Duration DB_WAIT = Duration.ofSeconds(30);

  private final PredictionRepository repository;
  private final PredictionQueries queries;
  private final SymbolEngines engines;
  private final PredictionConfig config;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("chronovisor-worker").factory());
  private final Set<String> unknownSymbols = ConcurrentHashMap.newKeySet();
  private MarketTimeline timeline;
  private volatile long run;
  private volatile Instant marketTime;
  private volatile Instant lastBoundary;

  ChronoVisorPipeline(
      PredictionRepository repository,
      PredictionQueries queries,
      SymbolEngines engines,
      PredictionConfig config) {
    this.repository = repository;
    this.queries = queries;
    this.engines = engines;
    this.config = config;
  }

  /** Picks up the run a previous process left: its market time goes on from its last emission. */
  void restore(@Observes StartupEvent started) {
    Optional<PredictionRepository.RunState> latest = repository.latestRun().await().atMost(DB_WAIT);
    run = latest.map(PredictionRepository.RunState::id).orElse(0L);
    Instant newest =
        latest
            .map(r -> r.latestEmission() != null ? r.latestEmission() : r.marketStart())
            .orElse(null);
    timeline = new MarketTimeline(config.runBreak(), newest);
    marketTime = newest;
    LOG.infof("ChronoVisor resumes run %d at market time %s", run, newest);
  }

  void stop(@Observes ShutdownEvent stopping) {
    worker.shutdownNow();
  }

  /** A tick of {@code symbol} at market time {@code asOf}: queued, handled in order. */
  public void onTick(String symbol, Instant asOf) {
    worker.execute(() -> handle(symbol, asOf));
  }

  private void handle(String symbol, Instant asOf) {
    List<MarketTimeline.Step> steps = timeline.observe(symbol, asOf);
    marketTime = timeline.newest().orElse(null);
    for (MarketTimeline.Step step : steps) {
      try {
        switch (step) {
          case MarketTimeline.NewRun newRun -> startRun(newRun.at());
          case MarketTimeline.Boundary boundary -> atBoundary(boundary.symbol(), boundary.at());
        }
      } catch (UnknownSymbolException e) {
        if (unknownSymbols.add(symbol)) {
          LOG.warnf("no predictions for %s: %s", symbol, e.getMessage());
        }
      } catch (RuntimeException e) {
        LOG.warnf(e, "ChronoVisor step %s failed; the next boundary resolves what it left", step);
      }
    }
  }

  private void startRun(Instant marketStart) {
    run = repository.startRun(marketStart).await().atMost(DB_WAIT);
    engines.clear();
    LOG.infof(
        "market time at %s: run %d begins (earlier runs' pending predictions expired)",
        marketStart, run);
  }

  private void atBoundary(String symbol, Instant at) {
    SymbolForecaster engine = engines.upTo(symbol, at);
    int settled = settleDue(engine, at);
    int emitted = 0;
    for (Horizon horizon : Horizon.values()) {
      if (horizon.isBoundary(at)
          && emit(engine, horizon, at, PredictionViews.SCHEDULED, null).isPresent()) {
        emitted++;
      }
    }
    lastBoundary = at;
    LOG.debugf("%s at %s: %d settled, %d emitted", symbol, at, settled, emitted);
  }

  /** Resolves each due prediction on its horizon's candles, or expires it at twice its horizon. */
  private int settleDue(SymbolForecaster engine, Instant at) {
    List<PredictionView> due =
        repository.pendingDue(run, engine.symbol(), at).await().atMost(DB_WAIT);
    int settled = 0;
    for (PredictionView p : due) {
      Horizon horizon = Horizon.parse(p.horizon()).orElseThrow();
      Optional<List<Bar>> path = engine.path(p.emittedAt(), horizon);
      if (path.isPresent()) {
        Levels levels =
            new Levels(
                p.entryPrice(),
                p.levels().upper(),
                p.levels().lower(),
                p.sidewaysBand().high(),
                p.sidewaysBand().low());
        Resolution resolution = Resolution.of(Direction.parse(p.direction()), levels, path.get());
        repository.resolve(p.id(), resolution, at).await().atMost(DB_WAIT);
        settled++;
      } else if (!at.isBefore(horizon.expiresAt(p.emittedAt()))) {
        repository
            .expire(p.id(), at, "candles of its horizon still missing at twice the horizon")
            .await()
            .atMost(DB_WAIT);
        settled++;
      }
    }
    return settled;
  }

  private Optional<PredictionView> emit(
      SymbolForecaster engine, Horizon horizon, Instant at, String origin, String requestId) {
    TrackRecord record =
        repository.record(run, engine.symbol(), horizon.label(), at).await().atMost(DB_WAIT);
    Optional<Forecast> forecast = engine.forecast(horizon, at, record);
    if (forecast.isEmpty()) {
      return Optional.empty();
    }
    PredictionView view = PredictionViews.pending(run, forecast.get(), origin);
    boolean inserted = repository.insert(view, requestId).await().atMost(DB_WAIT);
    // stored before (an ask repeated within the hour): the stored row may have resolved since
    return inserted ? Optional.of(view) : queries.byId(view.id()).await().atMost(DB_WAIT);
  }

  /**
   * {@code POST /predict}: the same engine at the last closed candle, stored as on-demand. Runs on
   * the worker after what is queued, so it sees the candles and record the schedule sees.
   *
   * @return the predictions made, per horizon asked, that the engine could make
   */
  public CompletableFuture<List<PredictionView>> onDemand(
      String symbol, List<Horizon> horizons, String requestId) {
    return submit(
        () -> {
          Instant now = marketTime;
          if (now == null) {
            throw new NoMarketTime();
          }
          Instant at = MarketTimeline.hourOf(now);
          SymbolForecaster engine = engines.upTo(symbol, at);
          settleDue(engine, at);
          List<PredictionView> made = new ArrayList<>();
          for (Horizon horizon : horizons) {
            emit(engine, horizon, at, PredictionViews.ON_DEMAND, requestId).ifPresent(made::add);
          }
          return made;
        });
  }

  /** What ml-health reports of the engines; read without waiting for the worker. */
  public EngineState state() {
    return EngineState.of(run, marketTime, lastBoundary, engines.all());
  }

  /** The current run's id; 0 before the first tick ever. */
  public long currentRun() {
    return run;
  }

  private <T> CompletableFuture<T> submit(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, worker);
  }

  /** No tick has arrived yet, so there is no market time to predict at. */
  public static final class NoMarketTime extends RuntimeException {
    NoMarketTime() {
      super("no market time yet: market-service has not ticked since this service started");
    }
  }
}
