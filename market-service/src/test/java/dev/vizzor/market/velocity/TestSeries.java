package dev.vizzor.market.velocity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds series from the per-step changes a test reasons about, so expected values can be worked
 * out on the changes r_i directly.
 */
final class TestSeries {

  static final Instant START = Instant.parse("2026-06-10T00:00:00Z");

  /** λ = 2^(-1/6): the per-step decay of the default half-life of 6 steps. */
  static final double LAMBDA = Math.pow(2, -1.0 / 6);

  private TestSeries() {}

  /** One point every five minutes from {@link #START}. */
  static List<SeriesPoint> fiveMinute(double... values) {
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(new SeriesPoint(START.plus(Duration.ofMinutes(5L * i)), values[i]));
    }
    return points;
  }

  /** Five-minute points starting at 100 whose step-to-step relative changes are {@code changes}. */
  static List<SeriesPoint> fromChanges(double... changes) {
    double[] values = new double[changes.length + 1];
    values[0] = 100;
    for (int i = 0; i < changes.length; i++) {
      values[i + 1] = values[i] * (1 + changes[i]);
    }
    return fiveMinute(values);
  }

  static double[] repeat(double change, int times) {
    double[] changes = new double[times];
    Arrays.fill(changes, change);
    return changes;
  }

  /** +size, -size, +size, …: |r| is always {@code size} while the level barely drifts. */
  static double[] alternating(double size, int times) {
    double[] changes = new double[times];
    for (int i = 0; i < times; i++) {
      changes[i] = i % 2 == 0 ? size : -size;
    }
    return changes;
  }

  static double[] concat(double[]... parts) {
    return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
  }

  static SeriesPoint at(String time, double value) {
    return new SeriesPoint(Instant.parse(time), value);
  }
}
