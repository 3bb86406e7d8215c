package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.FeatureSet;
import dev.vizzor.chronovisor.ModelTrainer;
import dev.vizzor.prediction.repository.PredictionQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What {@code GET /v1/market/ml-health} reports. */
@ApplicationScoped
public class MlHealth {
  /**
   * @param status {@code ok} once a boundary was handled, {@code waiting_for_market_time} before
   *     the first tick, {@code warming_up} while no model could be trained yet
   * @param lagSeconds the candle clock (market time's last closed hour) minus the last boundary
   *     handled; 0 when keeping pace
   */
  public record View(
      String status,
      String engine,
      String model,
      List<String> features,
      String retraining,
      long run,
      Instant marketTime,
      Instant lastBoundary,
      Long lagSeconds,
      long pendingResolutions,
      Instant lastEmission,
      Instant lastSettlement,
      List<EngineState.ModelInfo> models) {}

  static final String MODEL =
      "Tribuo multinomial logistic regression on standardised features, temperature and"
          + " base-rate calibration on the newest 20 % of its window";

  private final ChronoVisorApi api;

  MlHealth(ChronoVisorApi api) {
    this.api = api;
  }

  public Uni<View> view() {
    EngineState state = api.engineState();
    Uni<PredictionQueries.Activity> activity =
        state.run() == 0
            ? Uni.createFrom().item(new PredictionQueries.Activity(0, null, null))
            : api.activity(state.run());
    return activity.map(
        a ->
            new View(
                status(state),
                "chronovisor",
                MODEL,
                FeatureSet.NAMES,
                "weekly (epoch-aligned), on the last "
                    + ModelTrainer.WINDOW.toDays()
                    + " days of closed candles; at least "
                    + ModelTrainer.MIN_SAMPLES
                    + " labelled hours",
                state.run(),
                state.marketTime(),
                state.lastBoundary(),
                lag(state),
                a.pending(),
                a.lastEmission(),
                a.lastSettlement(),
                state.models()));
  }

  private static String status(EngineState state) {
    if (state.marketTime() == null) {
      return "waiting_for_market_time";
    }
    return state.models().isEmpty() ? "warming_up" : "ok";
  }

  private static Long lag(EngineState state) {
    if (state.marketTime() == null || state.lastBoundary() == null) {
      return null;
    }
    Instant clock = MarketTimeline.hourOf(state.marketTime());
    return Math.max(0, Duration.between(state.lastBoundary(), clock).toSeconds());
  }
}
