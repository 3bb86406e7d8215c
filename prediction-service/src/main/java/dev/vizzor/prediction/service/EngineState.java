package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.DirectionModel;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.chronovisor.SymbolForecaster;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline as ml-health shows it: the run, the newest market time ticks stated, the last
 * boundary handled, and the models in use.
 */
public record EngineState(
    long run, Instant marketTime, Instant lastBoundary, List<ModelInfo> models) {

  /** One trained model: what it was trained on and how its calibration came out. */
  public record ModelInfo(
      String symbol,
      String horizon,
      String version,
      Instant trainedFrom,
      Instant trainedThrough,
      int samples,
      double temperature,
      double climatologyWeight) {}

  static EngineState of(
      long run, Instant marketTime, Instant lastBoundary, Collection<SymbolForecaster> engines) {
    List<ModelInfo> models = new ArrayList<>();
    for (SymbolForecaster engine : engines) {
      for (Horizon horizon : Horizon.values()) {
        Optional<DirectionModel> model = engine.latestModel(horizon);
        model.ifPresent(
            m ->
                models.add(
                    new ModelInfo(
                        engine.symbol(),
                        horizon.label(),
                        m.version(),
                        m.trainedFrom(),
                        m.trainedThrough(),
                        m.samples(),
                        m.temperature(),
                        m.climatologyWeight())));
      }
    }
    models.sort(Comparator.comparing(ModelInfo::symbol).thenComparing(ModelInfo::horizon));
    return new EngineState(run, marketTime, lastBoundary, models);
  }
}
