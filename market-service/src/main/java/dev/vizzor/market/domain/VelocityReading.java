package dev.vizzor.market.domain;

/**
 * The velocity of a series as of its last point.
 *
 * @param score the `velocityScore`, 0 to 100
 * @param state the `velocityState`
 * @param rateOfChange R: the decayed mean relative change per step (0.01 is +1 % per step)
 * @param baseline B: the mean absolute relative change per step over the trailing baseline window,
 *     0 while the series is too short to measure it
 * @param pointsUsed how many resampled points (observed or interpolated) the reading was computed
 *     from
 */
public record VelocityReading(
    int score, VelocityState state, double rateOfChange, double baseline, int pointsUsed) {}
