package dev.vizzor.market.velocity;

import static dev.vizzor.market.velocity.TestSeries.LAMBDA;
import static dev.vizzor.market.velocity.TestSeries.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vizzor.market.domain.Granularity;
import dev.vizzor.market.domain.VelocityReading;
import dev.vizzor.market.domain.VelocityState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How raw timestamps become one value per step, and which series are refused. */
class VelocityResamplingTest {

  private static final double TOLERANCE = 1e-12;

  private final VelocityScorer scorer = new VelocityScorer(VelocityParameters.DEFAULTS);

  @Test
  void shortGapIsFilledOnTheStraightLine() {
    // 100 @ 00:00, 100 @ 00:05, 103 @ 00:20: 00:10 and 00:15 are missing (2 ≤ G = 12) and become
    // 101 and 102. Changes, oldest first: 0, 1/100, 1/101, 1/102; R = (1/102 + λ/101 + λ²/100 +
    // λ³·0) / (1 + λ + λ² + λ³) = 0.0078313704…, from 5 points.
    List<SeriesPoint> series =
        List.of(
            at("2026-06-10T00:00:00Z", 100),
            at("2026-06-10T00:05:00Z", 100),
            at("2026-06-10T00:20:00Z", 103));

    VelocityReading reading = scorer.score(series, Granularity.FIVE_MIN, null);

    double l = LAMBDA;
    double expected = (1.0 / 102 + l / 101 + l * l / 100) / (1 + l + l * l + l * l * l);
    assertEquals(expected, reading.rateOfChange(), TOLERANCE);
    assertEquals(0.0078313704, reading.rateOfChange(), 1e-10);
    assertEquals(5, reading.pointsUsed());
  }

  @Test
  void gapOfExactlyTheLimitIsStillFilled() {
    // 00:00 and 01:05 are 13 steps apart: 12 missing steps, all filled → 14 points.
    List<SeriesPoint> series =
        List.of(at("2026-06-10T00:00:00Z", 100), at("2026-06-10T01:05:00Z", 113));

    assertEquals(14, scorer.score(series, Granularity.FIVE_MIN, null).pointsUsed());
  }

  @Test
  void longerGapRestartsTheSeries() {
    // 40 points of +1 % (a full reading on their own), then 13 missing steps, then 50 and 55:
    // only the two points after the gap count, so the item is emerging again with R = 55/50 - 1.
    List<SeriesPoint> series = new ArrayList<>(TestSeries.fromChanges(TestSeries.repeat(0.01, 39)));
    SeriesPoint last = series.getLast();
    series.add(new SeriesPoint(last.timestamp().plus(Duration.ofMinutes(70)), 50));
    series.add(new SeriesPoint(last.timestamp().plus(Duration.ofMinutes(75)), 55));

    VelocityReading reading = scorer.score(series, Granularity.FIVE_MIN, null);

    assertEquals(VelocityState.EMERGING, reading.state());
    assertEquals(2, reading.pointsUsed());
    assertEquals(0.1, reading.rateOfChange(), TOLERANCE);
  }

  @Test
  void lastPointOfAStepIsItsValue() {
    // 00:00, 00:02, 00:04 share the 00:00 step, whose value is the last one, 110; then 121 at
    // 00:05: one change of +10 %.
    List<SeriesPoint> series =
        List.of(
            at("2026-06-10T00:00:00Z", 100),
            at("2026-06-10T00:02:00Z", 200),
            at("2026-06-10T00:04:00Z", 110),
            at("2026-06-10T00:05:00Z", 121));

    VelocityReading reading = scorer.score(series, Granularity.FIVE_MIN, null);

    assertEquals(2, reading.pointsUsed());
    assertEquals(0.1, reading.rateOfChange(), TOLERANCE);
  }

  @Test
  void stepsAreAlignedToTheClockNotToTheFirstPoint() {
    // 00:04 and 00:06 are two minutes apart but in the 00:00 and 00:05 steps; 00:10 and 00:50 are
    // in the same hour.
    List<SeriesPoint> acrossFiveMinutes =
        List.of(at("2026-06-10T00:04:00Z", 100), at("2026-06-10T00:06:00Z", 110));
    List<SeriesPoint> withinAnHour =
        List.of(at("2026-06-10T00:10:00Z", 100), at("2026-06-10T00:50:00Z", 110));

    assertEquals(2, scorer.score(acrossFiveMinutes, Granularity.FIVE_MIN, null).pointsUsed());
    assertEquals(1, scorer.score(withinAnHour, Granularity.HOURLY, null).pointsUsed());
  }

  @Test
  void hourlyPointsGroupIntoUtcDays() {
    // 48 hourly points from 2026-06-10T00:00Z with value 100 + i. As daily steps: 10 June closes
    // at 123 (23:00), 11 June at 147, so R = 24/123; as hourly steps all 48 count.
    List<SeriesPoint> series = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      series.add(new SeriesPoint(TestSeries.START.plus(Duration.ofHours(i)), 100 + i));
    }

    VelocityReading daily = scorer.score(series, Granularity.DAILY, null);

    assertEquals(2, daily.pointsUsed());
    assertEquals(24.0 / 123, daily.rateOfChange(), TOLERANCE);
    assertEquals(48, scorer.score(series, Granularity.HOURLY, null).pointsUsed());
  }

  @Test
  void hourlyGapIsFilledInHourlySteps() {
    // 00:00 and 03:00 hourly: two missing hours filled → 4 points; 100 → 103 in steps of 1.
    List<SeriesPoint> series =
        List.of(at("2026-06-10T00:00:00Z", 100), at("2026-06-10T03:00:00Z", 103));

    VelocityReading reading = scorer.score(series, Granularity.HOURLY, null);

    double l = LAMBDA;
    assertEquals(4, reading.pointsUsed());
    assertEquals(
        (1.0 / 102 + l / 101 + l * l / 100) / (1 + l + l * l), reading.rateOfChange(), TOLERANCE);
  }

  @Test
  void unsortedSeriesIsRejected() {
    List<SeriesPoint> series =
        List.of(at("2026-06-10T00:05:00Z", 100), at("2026-06-10T00:00:00Z", 101));

    assertThrows(
        IllegalArgumentException.class, () -> scorer.score(series, Granularity.FIVE_MIN, null));
  }

  @Test
  void duplicateTimestampIsRejected() {
    List<SeriesPoint> series =
        List.of(at("2026-06-10T00:00:00Z", 100), at("2026-06-10T00:00:00Z", 100));

    assertThrows(
        IllegalArgumentException.class, () -> scorer.score(series, Granularity.FIVE_MIN, null));
  }

  @Test
  void missingArgumentsAreRejected() {
    List<SeriesPoint> withNull = new ArrayList<>();
    withNull.add(at("2026-06-10T00:00:00Z", 100));
    withNull.add(null);

    assertThrows(
        NullPointerException.class, () -> scorer.score(withNull, Granularity.FIVE_MIN, null));
    assertThrows(NullPointerException.class, () -> scorer.score(null, Granularity.FIVE_MIN, null));
    assertThrows(NullPointerException.class, () -> scorer.score(List.of(), null, null));
  }

  @Test
  void pointsMustHaveATimeAndAFiniteValue() {
    assertThrows(NullPointerException.class, () -> new SeriesPoint(null, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new SeriesPoint(TestSeries.START, Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SeriesPoint(TestSeries.START, Double.POSITIVE_INFINITY));
  }
}
