package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.Forecast;
import dev.vizzor.chronovisor.Levels;
import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.prediction.domain.PredictionView;
import java.util.UUID;

/** Turns the engine's {@link Forecast} into the stored and shown {@link PredictionView}. */
final class PredictionViews {
  static final String SCHEDULED = "scheduled";
  static final String ON_DEMAND = "on-demand";

  private PredictionViews() {}

  /**
   * The id is stable: the same run, symbol, horizon, origin and instant name the same prediction,
   * so a repeated step (a restart, a second replica, a second ask in the same hour) stores nothing
   * new.
   */
  static UUID id(long run, Forecast f, String origin) {
    return CloudEvents.stableId(
        "chronovisor",
        Long.toString(run),
        f.symbol(),
        f.horizon().label(),
        origin,
        f.emittedAt().toString());
  }

  static PredictionView pending(long run, Forecast f, String origin) {
    Levels levels = f.levels();
    return new PredictionView(
        id(run, f, origin),
        f.symbol(),
        f.horizon().label(),
        origin,
        run,
        f.direction().label(),
        probabilities(f.probabilities()),
        f.tier().label(),
        f.confidence(),
        f.margin(),
        f.agreement(),
        levels.entry(),
        levels.target(f.direction()),
        levels.invalidation(f.direction()),
        new PredictionView.Touch(levels.upper(), levels.lower()),
        new PredictionView.Band(levels.bandLow(), levels.bandHigh()),
        f.emittedAt(),
        f.resolvesAt(),
        f.modelVersion(),
        f.trainedFrom(),
        f.trainedThrough(),
        f.trainingSamples(),
        f.features(),
        probabilities(f.climatology()),
        f.persistence().label(),
        new PredictionView.Record(f.record().hits(), f.record().misses()),
        "pending",
        null,
        null,
        null,
        null,
        null);
  }

  private static PredictionView.Probabilities probabilities(
      dev.vizzor.chronovisor.Probabilities p) {
    return new PredictionView.Probabilities(p.up(), p.down(), p.sideways());
  }
}
