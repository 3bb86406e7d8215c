package dev.vizzor.chronovisor;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes one symbol's predictions from its {@link CandleHistory}: at a boundary {@code at} (a candle
 * close) it uses the candle closing at {@code at}, the model of the current weekly training instant
 * (trained once, then reused), and the gates. It sees only candles closed by {@code at}: every
 * input is a feature of that candle or a sample whose horizon ended by the training instant.
 */
public final class SymbolForecaster {
  private record Trained(Instant trainAt, Optional<DirectionModel> model) {}

  private final String symbol;
  private final CandleHistory history;
  private final Map<Horizon, Trained> models = new EnumMap<>(Horizon.class);

  public SymbolForecaster(String symbol, CandleHistory history) {
    this.symbol = symbol;
    this.history = history;
  }

  public String symbol() {
    return symbol;
  }

  /** Adds newly closed candles (see {@link CandleHistory#append}). */
  public synchronized void append(List<Bar> bars) {
    history.append(bars);
  }

  /** The closed candles opening in {@code [from, from + horizon)}, if all are held. */
  public synchronized Optional<List<Bar>> path(Instant from, Horizon horizon) {
    return history.path(from, horizon);
  }

  /** How many candles are held. */
  public synchronized int size() {
    return history.size();
  }

  /** The open time of the newest candle held, if any. */
  public synchronized Optional<Instant> lastOpen() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.last().openTime());
  }

  /**
   * The prediction for {@code horizon} at candle close {@code at}, or empty when the candle that
   * closes then is not held, its features are not computable, its entry price is not positive, or
   * no model could be trained yet.
   */
  public synchronized Optional<Forecast> forecast(Horizon horizon, Instant at, TrackRecord record) {
    Optional<Integer> index = history.indexClosingAt(at);
    if (index.isEmpty()) {
      return Optional.empty();
    }
    Bar last = history.bar(index.get());
    FeatureRow row = history.features(index.get());
    if (row == null || !(last.close() > 0)) {
      return Optional.empty();
    }
    Optional<DirectionModel> model = model(horizon, at);
    if (model.isEmpty()) {
      return Optional.empty();
    }
    Probabilities probabilities = model.get().predict(row);
    Direction direction = probabilities.top();
    double agreement = TierGates.agreement(direction, row);
    Tier tier = TierGates.tier(probabilities.margin(), agreement, record);
    return Optional.of(
        new Forecast(
            symbol,
            horizon,
            at,
            at.plus(horizon.duration()),
            direction,
            probabilities,
            tier,
            probabilities.margin(),
            agreement,
            Levels.of(last.close(), row.atr(), horizon),
            model.get().climatology(),
            last.close() >= last.open() ? Direction.UP : Direction.DOWN,
            model.get().version(),
            model.get().trainedFrom(),
            model.get().trainedThrough(),
            model.get().samples(),
            row.named(),
            record));
  }

  /** The model in use at {@code at}, if one could be trained. */
  public synchronized Optional<DirectionModel> model(Horizon horizon, Instant at) {
    Instant trainAt = ModelTrainer.trainingInstant(at);
    Trained trained = models.get(horizon);
    if (trained == null || !trained.trainAt().equals(trainAt)) {
      trained = new Trained(trainAt, ModelTrainer.train(symbol, history, horizon, trainAt));
      models.put(horizon, trained);
    }
    return trained.model();
  }

  /** The model trained most recently, whatever instant it serves (for health reports). */
  public synchronized Optional<DirectionModel> latestModel(Horizon horizon) {
    Trained trained = models.get(horizon);
    return trained == null ? Optional.empty() : trained.model();
  }
}
