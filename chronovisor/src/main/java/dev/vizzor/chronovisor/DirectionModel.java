package dev.vizzor.chronovisor;

import java.time.Instant;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * A trained, calibrated model for one symbol × horizon: Tribuo's multinomial logistic regression
 * over standardised features, then calibrated on the held-back most recent slice of its past. The
 * calibration sharpens or flattens the model's probabilities (temperature) and mixes them with the
 * base rates; a model with no skill on its held-back slice ends up at the base rates, so it cannot
 * claim confidence it did not show.
 */
public final class DirectionModel {
  static final String[] FEATURE_NAMES = FeatureSet.NAMES.toArray(String[]::new);
  private static final double FLOOR = 1e-6;

  private final Model<Label> model;
  private final double[] means;
  private final double[] deviations;
  private final double temperature;
  private final double climatologyWeight;
  private final Probabilities climatology;
  private final String version;
  private final Instant trainedFrom;
  private final Instant trainedThrough;
  private final int samples;

  DirectionModel(
      Model<Label> model,
      double[] means,
      double[] deviations,
      double temperature,
      double climatologyWeight,
      Probabilities climatology,
      String version,
      Instant trainedFrom,
      Instant trainedThrough,
      int samples) {
    this.model = model;
    this.means = means;
    this.deviations = deviations;
    this.temperature = temperature;
    this.climatologyWeight = climatologyWeight;
    this.climatology = climatology;
    this.version = version;
    this.trainedFrom = trainedFrom;
    this.trainedThrough = trainedThrough;
    this.samples = samples;
  }

  /** Calibrated probabilities for a feature row. */
  public Probabilities predict(FeatureRow row) {
    return calibrate(raw(row), temperature, climatologyWeight, climatology);
  }

  /** The logistic regression's own probabilities, before calibration. */
  Probabilities raw(FeatureRow row) {
    Prediction<Label> prediction = model.predict(example(row, means, deviations));
    Map<String, Label> scores = prediction.getOutputScores();
    return Probabilities.normalised(
        score(scores, Direction.UP),
        score(scores, Direction.DOWN),
        score(scores, Direction.SIDEWAYS));
  }

  static Probabilities calibrate(
      Probabilities raw, double temperature, double climatologyWeight, Probabilities climatology) {
    double up = Math.pow(Math.max(raw.up(), FLOOR), 1 / temperature);
    double down = Math.pow(Math.max(raw.down(), FLOOR), 1 / temperature);
    double sideways = Math.pow(Math.max(raw.sideways(), FLOOR), 1 / temperature);
    Probabilities sharpened = Probabilities.normalised(up, down, sideways);
    double w = climatologyWeight;
    return Probabilities.normalised(
        (1 - w) * sharpened.up() + w * climatology.up(),
        (1 - w) * sharpened.down() + w * climatology.down(),
        (1 - w) * sharpened.sideways() + w * climatology.sideways());
  }

  static ArrayExample<Label> example(FeatureRow row, double[] means, double[] deviations) {
    return example(null, row, means, deviations);
  }

  static ArrayExample<Label> example(
      Label label, FeatureRow row, double[] means, double[] deviations) {
    double[] standardised = new double[means.length];
    for (int i = 0; i < means.length; i++) {
      standardised[i] = (row.values()[i] - means[i]) / deviations[i];
    }
    return new ArrayExample<>(
        label == null ? LabelFactory.UNKNOWN_LABEL : label, FEATURE_NAMES, standardised);
  }

  private static double score(Map<String, Label> scores, Direction direction) {
    Label label = scores.get(direction.name());
    return label == null ? FLOOR : Math.max(label.getScore(), FLOOR);
  }

  /** The base rates of the realised classes in the training window: climatology at emission. */
  public Probabilities climatology() {
    return climatology;
  }

  public String version() {
    return version;
  }

  public Instant trainedFrom() {
    return trainedFrom;
  }

  public Instant trainedThrough() {
    return trainedThrough;
  }

  public int samples() {
    return samples;
  }

  public double temperature() {
    return temperature;
  }

  public double climatologyWeight() {
    return climatologyWeight;
  }
}
