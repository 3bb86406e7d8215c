package dev.vizzor.market.velocity;

import static dev.vizzor.market.velocity.TestSeries.LAMBDA;
import static dev.vizzor.market.velocity.TestSeries.alternating;
import static dev.vizzor.market.velocity.TestSeries.concat;
import static dev.vizzor.market.velocity.TestSeries.fromChanges;
import static dev.vizzor.market.velocity.TestSeries.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vizzor.market.domain.Granularity;
import dev.vizzor.market.domain.VelocityReading;
import dev.vizzor.market.domain.VelocityState;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Per-point readings (the `score` of each data point), with states carried from point to point. */
class VelocityTimelineTest {

  private final VelocityScorer scorer = new VelocityScorer(VelocityParameters.DEFAULTS);

  /**
   * Changes r_1 … r_103: 48 alternating ±0.1 % (b = 0.001), 24 flat, one spike s = +1 % (r_73), 30
   * flat. Point i is the series up to r_i.
   *
   * <p>j points after the spike (point 73 + j, j < 24) the recent window holds only the spike, j
   * steps old: R_j = s·λ^j·(1 - λ)/(1 - λ^24) = 0.011637470…·λ^j. The baseline is r_{2+j} …
   * r_{49+j}, of which 47 - j are noise: B_j = (47 - j)·b/48. z_j = R_j / B_j:
   *
   * <pre>
   *  j   z_j      100·tanh(z_j/1.5)  state
   *  0   1.1885   65.97 → 66         rising  (z ≥ 0.8)
   *  1   1.0819   61.77 → 62         rising
   *  2   0.9852   57.63 → 58         rising
   *  3   0.8977   53.60 → 54         rising
   *  4   0.8184   49.72 → 50         rising
   *  5   0.7464   46.02 → 46         cooling (0.4 ≤ z < 0.8 after rising)
   *  6   0.6812   42.53 → 43         cooling
   *  7   0.6221   39.25 → 39         cooling
   *  8   0.5684   36.18 → 36         cooling
   *  9   0.5197   33.33 → 33         cooling
   * 10   0.4755   30.68 → 31         cooling
   * 11   0.4354   28.24 → 28         cooling
   * 12   0.3990   25.99 → 26         stable  (z < 0.4)
   * 13   0.3659   23.92 → 24         stable
   * …    z keeps falling (z_{j+1}/z_j = λ·(47-j)/(46-j) < 1)
   * 23   0.1633   10.84 → 11         stable
   * </pre>
   *
   * From j = 24 the spike has left the recent window, R = 0: score 0, stable. Before the spike:
   * points 0 … 35 are too short (emerging); from point 36 the recent window holds alternating noise
   * or nothing, |R| ≤ b·(1 - λ)/(1 - λ^24) ≈ 0.12·b while B = b, so |z| < 0.4: stable.
   */
  @Test
  void spikeRisesThenCoolsThenSettles() {
    double s = 0.01;
    double b = 0.001;
    List<SeriesPoint> series =
        fromChanges(concat(alternating(b, 48), repeat(0, 24), repeat(s, 1), repeat(0, 30)));
    int[] expectedScores = {
      66, 62, 58, 54, 50, 46, 43, 39, 36, 33, 31, 28, 26, 24, 22, 20, 19, 17, 16, 15, 14, 13, 12, 11
    };

    List<VelocityReading> readings = scorer.scoreEachPoint(series, Granularity.FIVE_MIN);

    assertEquals(104, readings.size());
    for (int i = 0; i <= 35; i++) {
      assertEquals(VelocityState.EMERGING, readings.get(i).state(), "point " + i);
      assertEquals(0, readings.get(i).score(), "point " + i);
    }
    for (int i = 36; i <= 72; i++) {
      assertEquals(VelocityState.STABLE, readings.get(i).state(), "point " + i);
    }
    for (int j = 0; j < 24; j++) {
      VelocityReading reading = readings.get(73 + j);
      double rate = s * Math.pow(LAMBDA, j) * (1 - LAMBDA) / (1 - Math.pow(2, -4));
      VelocityState state =
          j <= 4 ? VelocityState.RISING : j <= 11 ? VelocityState.COOLING : VelocityState.STABLE;
      assertEquals(expectedScores[j], reading.score(), "score " + j + " after the spike");
      assertEquals(state, reading.state(), "state " + j + " after the spike");
      assertEquals(rate, reading.rateOfChange(), 1e-12, "R " + j + " after the spike");
      assertEquals((47 - j) * b / 48, reading.baseline(), 1e-12, "B " + j + " after the spike");
    }
    for (int i = 97; i < 104; i++) {
      assertEquals(0, readings.get(i).score(), "point " + i);
      assertEquals(VelocityState.STABLE, readings.get(i).state(), "point " + i);
    }
  }

  @Test
  void eachPointIsTheReadingOfItsPrefixGivenThePreviousState() {
    Random random = new Random(20260610);
    double[] changes = new double[90];
    for (int i = 0; i < changes.length; i++) {
      changes[i] = random.nextGaussian() * 0.004 + (i > 60 ? 0.006 : 0);
    }
    List<SeriesPoint> series = fromChanges(changes);

    List<VelocityReading> readings = scorer.scoreEachPoint(series, Granularity.FIVE_MIN);

    List<VelocityReading> expected = new ArrayList<>();
    VelocityState previous = null;
    for (int end = 1; end <= series.size(); end++) {
      VelocityReading reading =
          scorer.score(series.subList(0, end), Granularity.FIVE_MIN, previous);
      expected.add(reading);
      previous = reading.state();
    }
    assertEquals(expected, readings);
  }

  @Test
  void perPointScoringRejectsUnsortedSeries() {
    List<SeriesPoint> series = new ArrayList<>(fromChanges(repeat(0.01, 5)));
    series.add(series.getFirst());

    assertThrows(
        IllegalArgumentException.class, () -> scorer.scoreEachPoint(series, Granularity.FIVE_MIN));
  }
}
