package dev.vizzor.market.velocity;

import static dev.vizzor.market.velocity.TestSeries.LAMBDA;
import static dev.vizzor.market.velocity.TestSeries.alternating;
import static dev.vizzor.market.velocity.TestSeries.concat;
import static dev.vizzor.market.velocity.TestSeries.fiveMinute;
import static dev.vizzor.market.velocity.TestSeries.fromChanges;
import static dev.vizzor.market.velocity.TestSeries.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.market.domain.Granularity;
import dev.vizzor.market.domain.VelocityReading;
import dev.vizzor.market.domain.VelocityState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Single readings with the default parameters (W_r = 24, H = 6, W_b = 48, M = 12, ε = 1e-4, S =
 * 1.5, T_in = 0.8, T_out = 0.4, C = 1), against values worked out by hand from VELOCITY.md. With H
 * = 6 the weights of the recent window are λ^j, λ = 2^(-1/6), so Σ_{j<24} λ^j = (1 - 2^-4) / (1 -
 * λ) and the newest k changes carry the share (1 - λ^k) / (1 - 2^-4) of R: 8/15 for k = 6, 4/5 for
 * k = 12. Rates and baselines are checked to 1e-12, far below any change the tests use.
 */
class VelocityScorerTest {

  private static final double TOLERANCE = 1e-12;

  private final VelocityScorer scorer = new VelocityScorer(VelocityParameters.DEFAULTS);

  @Test
  void flatSeriesScoresZeroAndIsStable() {
    // 73 equal values: every r = 0, so R = 0, B = 0, z = 0 / ε = 0, score = round(100·tanh 0) = 0.
    double[] values = repeat(100, 73);

    VelocityReading reading = scorer.score(fiveMinute(values), Granularity.FIVE_MIN, null);

    assertEquals(new VelocityReading(0, VelocityState.STABLE, 0, 0, 73), reading);
  }

  @Test
  void belowTheExitThresholdIsStableWhateverCameBefore() {
    // The flat series again: |z| = 0 < T_out ends any earlier state.
    List<SeriesPoint> flat = fiveMinute(repeat(100, 73));

    for (VelocityState previous : VelocityState.values()) {
      assertEquals(
          VelocityState.STABLE, scorer.score(flat, Granularity.FIVE_MIN, previous).state());
    }
  }

  @Test
  void steadyOnePercentRiseIsRisingAtItsUsualPace() {
    // 72 changes of +1 %: R = 0.01 (a weighted mean of equal values), B = mean of 48 |0.01| = 0.01,
    // z = 1 ≥ T_in → rising; score = round(100·tanh(1/1.5)) = round(58.278) = 58.
    VelocityReading reading =
        scorer.score(fromChanges(repeat(0.01, 72)), Granularity.FIVE_MIN, null);

    assertReading(58, VelocityState.RISING, 0.01, 0.01, 73, reading);
  }

  @Test
  void readingUsesOnlyTheRecentAndBaselineWindows() {
    // 99 changes: 27 of -5 % then 72 of +1 %. Only the newest 24 + 48 changes count, so the
    // reading is the steady rise's: R = 0.01, B = 0.01, score 58, from 73 points.
    double[] changes = concat(repeat(-0.05, 27), repeat(0.01, 72));

    VelocityReading reading = scorer.score(fromChanges(changes), Granularity.FIVE_MIN, null);

    assertReading(58, VelocityState.RISING, 0.01, 0.01, 73, reading);
  }

  @Test
  void steadyOnePercentFallMirrorsTheRise() {
    // r = -0.01 throughout: R = -0.01, B = 0.01, z = -1, |z| ≥ T_in and R < 0 → falling, score 58.
    VelocityReading reading =
        scorer.score(fromChanges(repeat(-0.01, 72)), Granularity.FIVE_MIN, null);

    assertReading(58, VelocityState.FALLING, -0.01, 0.01, 73, reading);
  }

  @Test
  void accelerationAgainstANoisyBaselineScoresHigh() {
    // Baseline: 48 changes alternating ±0.2 % → B = 0.002. Recent: 12 flat, then 12 of +1 %:
    // R = 0.01·(1 - λ^12) / (1 - λ^24) = 0.01·(3/4)/(15/16) = 0.008; z = 4;
    // score = round(100·tanh(4/1.5)) = round(99.039) = 99; rising.
    double[] changes = concat(alternating(0.002, 48), repeat(0, 12), repeat(0.01, 12));

    VelocityReading reading = scorer.score(fromChanges(changes), Granularity.FIVE_MIN, null);

    assertReading(99, VelocityState.RISING, 0.008, 0.002, 73, reading);
  }

  @Test
  void firstStrongRiseAfterAFlatPeriodIsEmerging() {
    // 66 flat changes then 6 of +1 %: R = 0.01·(1 - λ^6)/(1 - λ^24) = 0.01·(1/2)/(15/16)
    // = 0.08/15 = 0.00533…; B = 0 < ε, so z = R / 1e-4 = 53.3 ≥ T_in → emerging;
    // score = round(100·tanh(53.3/1.5)) = 100.
    double[] changes = concat(repeat(0, 66), repeat(0.01, 6));

    VelocityReading reading = scorer.score(fromChanges(changes), Granularity.FIVE_MIN, null);

    assertReading(100, VelocityState.EMERGING, 0.08 / 15, 0, 73, reading);
  }

  @Test
  void firstStrongFallAfterAFlatPeriodIsEmergingToo() {
    // The mirror of the rise: R = -0.08/15, z = -53.3, B still flat → emerging, score 100.
    double[] changes = concat(repeat(0, 66), repeat(-0.01, 6));

    VelocityReading reading = scorer.score(fromChanges(changes), Granularity.FIVE_MIN, null);

    assertReading(100, VelocityState.EMERGING, -0.08 / 15, 0, 73, reading);
  }

  @Test
  void aboveTheEnterThresholdTheDirectionWinsWhateverCameBefore() {
    List<SeriesPoint> rise = fromChanges(repeat(0.01, 72)); // z = 1, as above

    for (VelocityState previous : VelocityState.values()) {
      assertEquals(
          VelocityState.RISING, scorer.score(rise, Granularity.FIVE_MIN, previous).state());
    }
  }

  @Test
  void betweenExitAndEnterThresholdsTheStateHolds() {
    // Baseline: 48 changes alternating ±1 % → B = 0.01. Recent: 24 of +0.6 % → R = 0.006,
    // z = 0.6, inside [T_out, T_in) = [0.4, 0.8); score = round(100·tanh(0.4)) = round(37.995) =
    // 38.
    // Hysteresis: a stable item stays stable, a rising or falling one is cooling, cooling and
    // emerging hold, and an item with no previous reading counts as stable.
    List<SeriesPoint> hovering = fromChanges(concat(alternating(0.01, 48), repeat(0.006, 24)));

    assertReading(
        38,
        VelocityState.STABLE,
        0.006,
        0.01,
        73,
        scorer.score(hovering, Granularity.FIVE_MIN, null));
    assertEquals(VelocityState.STABLE, stateAfter(hovering, VelocityState.STABLE));
    assertEquals(VelocityState.COOLING, stateAfter(hovering, VelocityState.RISING));
    assertEquals(VelocityState.COOLING, stateAfter(hovering, VelocityState.FALLING));
    assertEquals(VelocityState.COOLING, stateAfter(hovering, VelocityState.COOLING));
    assertEquals(VelocityState.EMERGING, stateAfter(hovering, VelocityState.EMERGING));
  }

  @Test
  void tooFewPointsIsEmergingWithScoreZero() {
    // 36 points < W_r + M + 1 = 37: emerging, score 0, B not measured (0); R still covers the
    // newest 24 changes: 0.01.
    VelocityReading reading =
        scorer.score(fromChanges(repeat(0.01, 35)), Granularity.FIVE_MIN, null);

    assertReading(0, VelocityState.EMERGING, 0.01, 0, 36, reading);
  }

  @Test
  void thirtySevenPointsGiveTheFirstFullReading() {
    // 36 changes: 24 recent, the 12 before them are the baseline (M = 12): B = 0.01, z = 1,
    // score 58, rising.
    VelocityReading reading =
        scorer.score(fromChanges(repeat(0.01, 36)), Granularity.FIVE_MIN, null);

    assertReading(58, VelocityState.RISING, 0.01, 0.01, 37, reading);
  }

  @Test
  void shortSeriesWeightsTheChangesItHas() {
    // 100, 110, 110: r = 0.1 then 0; R = (1·0 + λ·0.1)/(1 + λ) = 0.0471150945…
    VelocityReading reading = scorer.score(fiveMinute(100, 110, 110), Granularity.FIVE_MIN, null);

    assertReading(0, VelocityState.EMERGING, LAMBDA * 0.1 / (1 + LAMBDA), 0, 3, reading);
    assertEquals(0.0471150945, reading.rateOfChange(), 1e-10);
  }

  @Test
  void singlePointAndEmptySeriesAreEmergingWithoutChange() {
    assertEquals(
        new VelocityReading(0, VelocityState.EMERGING, 0, 0, 1),
        scorer.score(fiveMinute(42), Granularity.FIVE_MIN, null));
    assertEquals(
        new VelocityReading(0, VelocityState.EMERGING, 0, 0, 0),
        scorer.score(List.of(), Granularity.FIVE_MIN, null));
  }

  @Test
  void moveAwayFromZeroCountsAsTheBound() {
    // 0, 0, 5: r = 0 (0 → 0), then +C = +1 (0 → 5 has no finite relative size);
    // R = (1·1 + λ·0)/(1 + λ) = 0.5288490549…
    VelocityReading reading = scorer.score(fiveMinute(0, 0, 5), Granularity.FIVE_MIN, null);

    assertEquals(1 / (1 + LAMBDA), reading.rateOfChange(), TOLERANCE);
    assertEquals(0.5288490549, reading.rateOfChange(), 1e-10);
  }

  @Test
  void singleChangesAreClampedToTheBound() {
    // 100 → 300 is +200 %, clamped to +100 %; 0 → -5 is a move away from zero, -100 %.
    assertEquals(
        1.0, scorer.score(fiveMinute(100, 300), Granularity.FIVE_MIN, null).rateOfChange());
    assertEquals(-1.0, scorer.score(fiveMinute(0, -5), Granularity.FIVE_MIN, null).rateOfChange());
  }

  @Test
  void negativeValuesChangeRelativeToTheirMagnitude() {
    // -100 → -90 went up by 10 on a magnitude of 100: r = +0.1.
    assertEquals(
        0.1,
        scorer.score(fiveMinute(-100, -90), Granularity.FIVE_MIN, null).rateOfChange(),
        TOLERANCE);
  }

  @Test
  void parametersChangeTheThresholds() {
    // The hovering series (z = 0.6) clears a lower enter threshold of 0.5: rising.
    VelocityScorer eager =
        new VelocityScorer(new VelocityParameters(24, 6, 48, 12, 1e-4, 1.5, 0.5, 0.3, 1.0, 12));
    List<SeriesPoint> hovering = fromChanges(concat(alternating(0.01, 48), repeat(0.006, 24)));

    assertEquals(VelocityState.RISING, eager.score(hovering, Granularity.FIVE_MIN, null).state());
  }

  private VelocityState stateAfter(List<SeriesPoint> series, VelocityState previous) {
    return scorer.score(series, Granularity.FIVE_MIN, previous).state();
  }

  private static void assertReading(
      int score,
      VelocityState state,
      double rateOfChange,
      double baseline,
      int pointsUsed,
      VelocityReading reading) {
    assertEquals(score, reading.score(), "score");
    assertEquals(state, reading.state(), "state");
    assertEquals(rateOfChange, reading.rateOfChange(), TOLERANCE, "rateOfChange");
    assertEquals(baseline, reading.baseline(), TOLERANCE, "baseline");
    assertEquals(pointsUsed, reading.pointsUsed(), "pointsUsed");
  }
}
