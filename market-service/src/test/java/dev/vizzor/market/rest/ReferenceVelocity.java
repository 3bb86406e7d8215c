package dev.vizzor.market.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * VELOCITY.md computed a second time, from its text and its table of defaults, for the endpoint
 * tests to recount scores and states from the stored rows without the production scorer. Written
 * plainly on purpose: a TreeMap for the steps, index arithmetic as the document states it.
 */
final class ReferenceVelocity {
  // VELOCITY.md, "Defaults"
  private static final int RECENT_WINDOW = 24;
  private static final double HALF_LIFE = 6;
  private static final int BASELINE_WINDOW = 48;
  private static final int MIN_BASELINE = 12;
  private static final double FLAT = 1e-4;
  private static final double SCALE = 1.5;
  private static final double ENTER = 0.8;
  private static final double EXIT = 0.4;
  private static final double MAX_CHANGE = 1.0;
  private static final int MAX_FILLED = 12;

  /** Resampled points a full reading needs: W_r + M + 1. */
  static final int FULL_READING_POINTS = RECENT_WINDOW + MIN_BASELINE + 1;

  record Reading(int score, String state) {}

  private ReferenceVelocity() {}

  /** "Per point": the reading of each prefix of the series, each state feeding the next. */
  static List<Reading> eachPoint(List<Instant> times, List<Double> values, Duration step) {
    List<Reading> readings = new ArrayList<>();
    String previous = null;
    for (int end = 1; end <= times.size(); end++) {
      Reading reading =
          reading(resample(times.subList(0, end), values.subList(0, end), step), previous);
      readings.add(reading);
      previous = reading.state();
    }
    return readings;
  }

  /** Step 1: last value per UTC-aligned step, short gaps filled on a line, long ones restart. */
  static double[] resample(List<Instant> times, List<Double> values, Duration step) {
    TreeMap<Long, Double> lastInStep = new TreeMap<>();
    for (int i = 0; i < times.size(); i++) {
      lastInStep.put(Math.floorDiv(times.get(i).getEpochSecond(), step.toSeconds()), values.get(i));
    }
    List<Map.Entry<Long, Double>> steps = new ArrayList<>(lastInStep.entrySet());
    int from = 0;
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i).getKey() - steps.get(i - 1).getKey() - 1 > MAX_FILLED) {
        from = i;
      }
    }
    List<Double> out = new ArrayList<>();
    for (int i = from; i < steps.size(); i++) {
      if (i > from) {
        long gap = steps.get(i).getKey() - steps.get(i - 1).getKey() - 1;
        double a = steps.get(i - 1).getValue();
        double b = steps.get(i).getValue();
        for (long k = 1; k <= gap; k++) {
          out.add(a + (b - a) * k / (gap + 1));
        }
      }
      out.add(steps.get(i).getValue());
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Steps 2–6 on resampled values v_0 … v_{n−1}. */
  static Reading reading(double[] v, String previous) {
    int n = v.length;
    if (n < FULL_READING_POINTS) {
      return new Reading(0, "emerging");
    }
    double[] r = new double[n]; // r[i] for i = 1 … n−1, as the document numbers them
    for (int i = 1; i < n; i++) {
      double delta = v[i] - v[i - 1];
      r[i] =
          v[i - 1] == 0
              ? Math.signum(delta) * MAX_CHANGE
              : Math.max(-MAX_CHANGE, Math.min(MAX_CHANGE, delta / Math.abs(v[i - 1])));
    }
    double weighted = 0;
    double weights = 0;
    for (int j = 0; j < RECENT_WINDOW; j++) {
      double w = Math.pow(2, -j / HALF_LIFE);
      weighted += w * r[n - 1 - j];
      weights += w;
    }
    double rate = weighted / weights;
    int recentOldest = n - RECENT_WINDOW;
    int baselineOldest = Math.max(1, recentOldest - BASELINE_WINDOW);
    double absolute = 0;
    for (int i = baselineOldest; i < recentOldest; i++) {
      absolute += Math.abs(r[i]);
    }
    double baseline = absolute / (recentOldest - baselineOldest);
    double z = rate / Math.max(baseline, FLAT);
    int score = (int) Math.round(100 * Math.tanh(Math.abs(z) / SCALE));
    return new Reading(score, state(z, rate, baseline, previous));
  }

  /** Step 6's table, first matching row. */
  private static String state(double z, double rate, double baseline, String previous) {
    double strength = Math.abs(z);
    if (strength >= ENTER) {
      return baseline < FLAT ? "emerging" : rate > 0 ? "rising" : "falling";
    }
    if (strength >= EXIT) {
      String before = previous == null ? "stable" : previous;
      return before.equals("rising") || before.equals("falling") ? "cooling" : before;
    }
    return "stable";
  }
}
