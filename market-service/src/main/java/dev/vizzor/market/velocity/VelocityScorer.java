package dev.vizzor.market.velocity;

import dev.vizzor.market.domain.Granularity;
import dev.vizzor.market.domain.VelocityReading;
import dev.vizzor.market.domain.VelocityState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a tracked item's own series: how fast it is moving now against how much it usually moves.
 * VELOCITY.md is the definition this class implements; it keeps no state between calls.
 */
public final class VelocityScorer {

  private final VelocityParameters parameters;

  /** Weight of the change j steps before the newest one in R: 2^(-j / half-life). */
  private final double[] recentWeights;

  public VelocityScorer(VelocityParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.recentWeights = new double[parameters.recentWindow()];
    for (int j = 0; j < recentWeights.length; j++) {
      recentWeights[j] = Math.pow(2, -j / parameters.halfLifeSteps());
    }
  }

  /**
   * The reading as of the last point of {@code series}.
   *
   * @param series raw points, strictly increasing in time; may be empty
   * @param previous the item's state at its previous reading, or null if it has none; it only
   *     matters between the exit and enter thresholds, where the state holds (hysteresis)
   * @throws IllegalArgumentException if timestamps are not strictly increasing
   */
  public VelocityReading score(
      List<SeriesPoint> series, Granularity granularity, VelocityState previous) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(granularity, "granularity");
    StepSeries.requireStrictlyIncreasing(series);
    return read(StepSeries.resample(series, granularity, parameters.maxFilledSteps()), previous);
  }

  /**
   * One reading per point, each as of that point from the points up to it, with each state fed into
   * the next: the `score` of every entry of a trend's `dataPoints`. Rescoring every prefix is
   * quadratic, which is cheap for the few hundred points an item keeps.
   */
  public List<VelocityReading> scoreEachPoint(List<SeriesPoint> series, Granularity granularity) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(granularity, "granularity");
    StepSeries.requireStrictlyIncreasing(series);
    List<VelocityReading> readings = new ArrayList<>(series.size());
    VelocityState previous = null;
    for (int end = 1; end <= series.size(); end++) {
      double[] values =
          StepSeries.resample(series.subList(0, end), granularity, parameters.maxFilledSteps());
      VelocityReading reading = read(values, previous);
      readings.add(reading);
      previous = reading.state();
    }
    return List.copyOf(readings);
  }

  private VelocityReading read(double[] values, VelocityState previous) {
    double[] changes = relativeChanges(values);
    int recent = Math.min(parameters.recentWindow(), changes.length);
    double rate = decayedMean(changes, recent);
    if (values.length < parameters.minPoints()) {
      return new VelocityReading(0, VelocityState.EMERGING, rate, 0, values.length);
    }
    int baselineEnd = changes.length - recent;
    int baselineStart = Math.max(0, baselineEnd - parameters.baselineWindow());
    double baseline = meanAbsolute(changes, baselineStart, baselineEnd);
    double z = rate / Math.max(baseline, parameters.flatBaseline());
    int score = (int) Math.round(100 * Math.tanh(Math.abs(z) / parameters.scoreScale()));
    VelocityState state = state(z, baseline < parameters.flatBaseline(), previous);
    return new VelocityReading(score, state, rate, baseline, changes.length - baselineStart + 1);
  }

  /**
   * r_i = (v_i - v_{i-1}) / |v_{i-1}|, bounded by maxStepChange; a move away from exactly zero has
   * no finite relative size, so it counts as the bound.
   */
  private double[] relativeChanges(double[] values) {
    double bound = parameters.maxStepChange();
    double[] changes = new double[Math.max(0, values.length - 1)];
    for (int i = 0; i < changes.length; i++) {
      double from = values[i];
      double delta = values[i + 1] - from;
      double change = from == 0 ? Math.signum(delta) * bound : delta / Math.abs(from);
      changes[i] = Math.clamp(change, -bound, bound);
    }
    return changes;
  }

  /** R: the weighted mean of the newest {@code count} changes, newest weighing 1. */
  private double decayedMean(double[] changes, int count) {
    double weighted = 0;
    double totalWeight = 0;
    for (int j = 0; j < count; j++) {
      weighted += recentWeights[j] * changes[changes.length - 1 - j];
      totalWeight += recentWeights[j];
    }
    return count == 0 ? 0 : weighted / totalWeight;
  }

  private static double meanAbsolute(double[] changes, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += Math.abs(changes[i]);
    }
    return sum / (to - from);
  }

  private VelocityState state(double z, boolean flatBaseline, VelocityState previous) {
    double strength = Math.abs(z);
    if (strength >= parameters.enterThreshold()) {
      if (flatBaseline) {
        return VelocityState.EMERGING;
      }
      return z > 0 ? VelocityState.RISING : VelocityState.FALLING;
    }
    if (strength < parameters.exitThreshold() || previous == null) {
      return VelocityState.STABLE;
    }
    return switch (previous) {
      case RISING, FALLING -> VelocityState.COOLING;
      case STABLE, EMERGING, COOLING -> previous;
    };
  }
}
