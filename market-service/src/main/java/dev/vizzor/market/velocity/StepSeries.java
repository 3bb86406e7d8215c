package dev.vizzor.market.velocity;

import dev.vizzor.market.domain.Granularity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts a raw series on a regular grid of one value per step, so that "a change per step" means the
 * same thing whatever the sampling of the source.
 */
final class StepSeries {

  private StepSeries() {}

  /**
   * Rejects what cannot be put on a grid without guessing: null points and timestamps that are not
   * strictly increasing (an unsorted or duplicated point means the caller mixed up two series).
   */
  static void requireStrictlyIncreasing(List<SeriesPoint> series) {
    for (int i = 0; i < series.size(); i++) {
      SeriesPoint point = Objects.requireNonNull(series.get(i), "series point " + i);
      if (i > 0 && !point.timestamp().isAfter(series.get(i - 1).timestamp())) {
        throw new IllegalArgumentException(
            "series timestamps must be strictly increasing, but point "
                + i
                + " ("
                + point.timestamp()
                + ") does not follow "
                + series.get(i - 1).timestamp());
      }
    }
  }

  /**
   * One value per step of the granularity, oldest first, for a series already checked by {@link
   * #requireStrictlyIncreasing}. A step (UTC-aligned bucket) takes the last point inside it, its
   * close. Up to {@code maxFilledSteps} missing steps between two observed ones are filled on the
   * straight line between them, which spreads the change instead of making a gap look like a jump;
   * after a longer gap only the steps from the gap on are returned, since the two sides are no
   * longer one run of observations.
   */
  static double[] resample(List<SeriesPoint> series, Granularity granularity, int maxFilledSteps) {
    long stepSeconds = granularity.step().toSeconds();
    List<Long> steps = new ArrayList<>();
    List<Double> closes = new ArrayList<>();
    for (SeriesPoint point : series) {
      long step = Math.floorDiv(point.timestamp().getEpochSecond(), stepSeconds);
      if (!steps.isEmpty() && steps.getLast() == step) {
        closes.set(closes.size() - 1, point.value());
      } else {
        steps.add(step);
        closes.add(point.value());
      }
    }
    int start = 0;
    for (int i = 1; i < steps.size(); i++) {
      if (missingBetween(steps, i) > maxFilledSteps) {
        start = i;
      }
    }
    List<Double> values = new ArrayList<>();
    for (int i = start; i < steps.size(); i++) {
      if (i > start) {
        long missing = missingBetween(steps, i);
        double from = closes.get(i - 1);
        double to = closes.get(i);
        for (long k = 1; k <= missing; k++) {
          values.add(from + (to - from) * k / (missing + 1));
        }
      }
      values.add(closes.get(i));
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static long missingBetween(List<Long> steps, int i) {
    return steps.get(i) - steps.get(i - 1) - 1;
  }
}
