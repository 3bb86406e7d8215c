package dev.vizzor.chronovisor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link DirectionModel} walk-forward: at {@code trainAt} it uses only the samples whose
 * whole horizon had closed by then (a sample at candle close t is labelled by the candles of [t, t
 * + horizon), so t + horizon ≤ trainAt), from the last {@link #WINDOW}. The oldest 80 % train the
 * regression; the newest 20 % are held back to choose the calibration. Models are retrained on a
 * fixed weekly schedule ({@link #trainingInstant}), so the service and {@code vizzor eval} use the
 * same model at the same instant whenever they started.
 */
public final class ModelTrainer {
  public static final Duration WINDOW = Duration.ofDays(180);
  public static final Duration RETRAIN_EVERY = Duration.ofDays(7);

  /** Fewer labelled samples than this (30 days of hours) and no model is trained. */
  public static final int MIN_SAMPLES = 720;

  static final double HELD_BACK = 0.2;
  private static final double[] TEMPERATURES = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};
  private static final double[] CLIMATOLOGY_WEIGHTS = {
    0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1
  };

  private ModelTrainer() {}

  /**
   * The training instant of the model used at {@code at}: the last weekly boundary at or before.
   */
  public static Instant trainingInstant(Instant at) {
    long week = RETRAIN_EVERY.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), week) * week);
  }

  record Sample(FeatureRow features, Direction label) {}

  /** The model for {@code horizon} trained at {@code trainAt}, or empty with too few samples. */
  public static Optional<DirectionModel> train(
      String symbol, CandleHistory history, Horizon horizon, Instant trainAt) {
    List<Sample> samples = samples(history, horizon, trainAt);
    if (samples.size() < MIN_SAMPLES) {
      return Optional.empty();
    }
    int split = (int) Math.round(samples.size() * (1 - HELD_BACK));
    List<Sample> fit = samples.subList(0, split);
    List<Sample> heldBack = samples.subList(split, samples.size());
    double[] means = new double[FeatureSet.NAMES.size()];
    double[] deviations = new double[means.length];
    standardisation(fit, means, deviations);

    LabelFactory labels = new LabelFactory();
    MutableDataset<Label> dataset =
        new MutableDataset<>(
            new SimpleDataSourceProvenance("chronovisor " + symbol, labels), labels);
    for (Sample sample : fit) {
      dataset.add(
          DirectionModel.example(
              new Label(sample.label().name()), sample.features(), means, deviations));
    }
    Model<Label> regression = new LogisticRegressionTrainer().train(dataset);
    Probabilities climatology = baseRates(samples);

    DirectionModel uncalibrated =
        new DirectionModel(
            regression, means, deviations, 1, 0, climatology, "", trainAt, trainAt, samples.size());
    List<Probabilities> raw = heldBack.stream().map(s -> uncalibrated.raw(s.features())).toList();
    double bestLoss = Double.POSITIVE_INFINITY;
    double bestTemperature = 1;
    double bestWeight = 1;
    for (double temperature : TEMPERATURES) {
      for (double weight : CLIMATOLOGY_WEIGHTS) {
        double loss = 0;
        for (int i = 0; i < heldBack.size(); i++) {
          Probabilities p = DirectionModel.calibrate(raw.get(i), temperature, weight, climatology);
          loss -= Math.log(Math.max(p.of(heldBack.get(i).label()), 1e-12));
        }
        if (loss < bestLoss - 1e-9) {
          bestLoss = loss;
          bestTemperature = temperature;
          bestWeight = weight;
        }
      }
    }
    Instant from = samples.get(0).features().openTime().plus(Bar.STEP);
    String version = "lr1-" + symbol + "-" + horizon.label() + "-" + trainAt;
    return Optional.of(
        new DirectionModel(
            regression,
            means,
            deviations,
            bestTemperature,
            bestWeight,
            climatology,
            version,
            from,
            trainAt,
            samples.size()));
  }

  /** Labelled samples whose candle closes in (trainAt - WINDOW, trainAt - horizon]. */
  static List<Sample> samples(CandleHistory history, Horizon horizon, Instant trainAt) {
    Instant earliest = trainAt.minus(WINDOW);
    Instant latest = trainAt.minus(horizon.duration());
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      Instant close = history.bar(i).closeTime();
      if (!close.isAfter(earliest) || close.isAfter(latest)) {
        continue;
      }
      FeatureRow row = history.features(i);
      if (row == null) {
        continue;
      }
      Optional<List<Bar>> path = history.path(close, horizon);
      if (path.isEmpty()) {
        continue;
      }
      Levels levels = Levels.of(history.bar(i).close(), row.atr(), horizon);
      samples.add(new Sample(row, PathRules.realized(levels, path.get())));
    }
    return samples;
  }

  private static void standardisation(List<Sample> fit, double[] means, double[] deviations) {
    for (Sample sample : fit) {
      for (int i = 0; i < means.length; i++) {
        means[i] += sample.features().values()[i] / fit.size();
      }
    }
    for (Sample sample : fit) {
      for (int i = 0; i < means.length; i++) {
        double d = sample.features().values()[i] - means[i];
        deviations[i] += d * d / fit.size();
      }
    }
    for (int i = 0; i < deviations.length; i++) {
      deviations[i] = deviations[i] > 0 ? Math.sqrt(deviations[i]) : 1;
    }
  }

  private static Probabilities baseRates(List<Sample> samples) {
    double up = 0;
    double down = 0;
    double sideways = 0;
    for (Sample sample : samples) {
      switch (sample.label()) {
        case UP -> up++;
        case DOWN -> down++;
        case SIDEWAYS -> sideways++;
      }
    }
    // one pseudo-count each: a class never seen in the window is rare, not impossible
    return Probabilities.normalised(up + 1, down + 1, sideways + 1);
  }
}
