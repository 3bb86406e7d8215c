package dev.vizzor.market.velocity;

/**
 * Every constant of the velocity definition (VELOCITY.md). Windows and half-life count steps of the
 * granularity being scored, so the same parameters serve five-minute, hourly and daily series.
 *
 * @param recentWindow changes averaged into the rate of change R (default 24)
 * @param halfLifeSteps steps after which a change weighs half as much in R (default 6)
 * @param baselineWindow changes, just before the recent window, averaged into the baseline B
 *     (default 48)
 * @param minBaselineSteps fewest baseline changes for a full reading; below that the item is
 *     emerging (default 12)
 * @param flatBaseline B below this counts as flat and is raised to it before dividing (default
 *     1e-4, that is 0.01 % per step)
 * @param scoreScale |z| that maps to score 100·tanh(1) ≈ 76 (default 1.5)
 * @param enterThreshold |z| at or above which an item is rising, falling or emerging (default 0.8)
 * @param exitThreshold |z| below which an item is stable whatever it was before (default 0.4)
 * @param maxStepChange bound on a single relative change, so one jump from near zero cannot swamp
 *     the window (default 1.0, that is ±100 %)
 * @param maxFilledSteps longest run of missing steps that is interpolated; a longer gap restarts
 *     the series (default 12)
 */
public record VelocityParameters(
    int recentWindow,
    double halfLifeSteps,
    int baselineWindow,
    int minBaselineSteps,
    double flatBaseline,
    double scoreScale,
    double enterThreshold,
    double exitThreshold,
    double maxStepChange,
    int maxFilledSteps) {

  public static final VelocityParameters DEFAULTS =
      new VelocityParameters(24, 6, 48, 12, 1e-4, 1.5, 0.8, 0.4, 1.0, 12);

  public VelocityParameters {
    require(recentWindow >= 1, "recentWindow must be at least 1");
    require(halfLifeSteps > 0, "halfLifeSteps must be positive");
    require(minBaselineSteps >= 1, "minBaselineSteps must be at least 1");
    require(baselineWindow >= minBaselineSteps, "baselineWindow must be >= minBaselineSteps");
    require(flatBaseline > 0, "flatBaseline must be positive");
    require(scoreScale > 0, "scoreScale must be positive");
    require(exitThreshold > 0, "exitThreshold must be positive");
    require(enterThreshold > exitThreshold, "enterThreshold must exceed exitThreshold");
    require(maxStepChange > 0, "maxStepChange must be positive");
    require(maxFilledSteps >= 0, "maxFilledSteps must not be negative");
  }

  /** Resampled points needed for a full reading: the recent window plus the minimum baseline. */
  public int minPoints() {
    return recentWindow + minBaselineSteps + 1;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
