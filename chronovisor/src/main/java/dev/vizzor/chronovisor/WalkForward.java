package dev.vizzor.chronovisor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Replays one symbol's candles as prediction-service lives through them: at each candle close,
 * first resolve what came due, then emit for every horizon whose boundary it is, with the record
 * known at that instant. This is {@code vizzor eval}; the service runs the same steps on market
 * time ({@link SymbolForecaster}, {@link PathRules}, {@link TierGates}).
 */
public final class WalkForward {
  private WalkForward() {}

  /**
   * @param from first emission instant (inclusive), or null for the start of the data
   * @param to last emission instant (inclusive), or null for its end; resolution may use candles
   *     after it
   */
  public static List<Evaluated> run(
      String symbol,
      List<Bar> bars,
      Set<Horizon> horizons,
      Instant from,
      Instant to,
      FearGreedHistory fearGreed,
      Consumer<String> progress) {
    CandleHistory history = new CandleHistory(fearGreed);
    history.append(bars);
    SymbolForecaster forecaster = new SymbolForecaster(symbol, history);
    TrackRecords records = new TrackRecords();
    List<Evaluated> done = new ArrayList<>();
    List<Forecast> pending = new ArrayList<>();
    Instant lastProgress = null;
    for (int i = 0; i < history.size(); i++) {
      Instant at = history.bar(i).closeTime();
      settle(history, pending, at, records, done);
      if ((from != null && at.isBefore(from)) || (to != null && at.isAfter(to))) {
        continue;
      }
      for (Horizon horizon : horizons) {
        if (horizon.isBoundary(at)) {
          forecaster.forecast(horizon, at, records.of(horizon)).ifPresent(pending::add);
        }
      }
      if (lastProgress == null
          || at.isAfter(lastProgress.plus(ModelTrainer.RETRAIN_EVERY.multipliedBy(4)))) {
        progress.accept(
            symbol + ": " + at + ", " + (done.size() + pending.size()) + " predictions");
        lastProgress = at;
      }
    }
    for (Forecast forecast : pending) {
      Optional<List<Bar>> path = history.path(forecast.emittedAt(), forecast.horizon());
      done.add(
          path.map(
                  p ->
                      new Evaluated(
                          forecast,
                          Status.RESOLVED,
                          Resolution.of(forecast.direction(), forecast.levels(), p)))
              .orElseGet(
                  () ->
                      new Evaluated(
                          forecast,
                          expiredBy(forecast, history.last().closeTime())
                              ? Status.EXPIRED
                              : Status.PENDING,
                          null)));
    }
    done.sort(
        Comparator.comparing((Evaluated e) -> e.forecast().emittedAt())
            .thenComparing(e -> e.forecast().horizon()));
    return done;
  }

  /** Resolves (or expires) what came due by {@code at}, in the order the horizons ended. */
  private static void settle(
      CandleHistory history,
      List<Forecast> pending,
      Instant at,
      TrackRecords records,
      List<Evaluated> done) {
    List<Forecast> due =
        pending.stream()
            .filter(f -> !f.resolvesAt().isAfter(at))
            .sorted(Comparator.comparing(Forecast::resolvesAt))
            .toList();
    for (Forecast forecast : due) {
      Optional<List<Bar>> path = history.path(forecast.emittedAt(), forecast.horizon());
      if (path.isPresent()) {
        Resolution resolution = Resolution.of(forecast.direction(), forecast.levels(), path.get());
        records.add(forecast.horizon(), resolution.outcome());
        done.add(new Evaluated(forecast, Status.RESOLVED, resolution));
        pending.remove(forecast);
      } else if (expiredBy(forecast, at)) {
        done.add(new Evaluated(forecast, Status.EXPIRED, null));
        pending.remove(forecast);
      }
    }
  }

  private static boolean expiredBy(Forecast forecast, Instant now) {
    return !now.isBefore(forecast.horizon().expiresAt(forecast.emittedAt()));
  }
}
