package dev.vizzor.chronovisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolution rules on hand-made paths: entry 100, levels 110/90, band 95–105. */
class PathRulesTest {
  private static final Levels LEVELS = new Levels(100, 110, 90, 105, 95);

  /** Candles given as {high, low, close}. */
  private static List<Bar> path(double[]... hlc) {
    List<Bar> bars = new ArrayList<>();
    Instant at = Instant.parse("2023-01-01T00:00:00Z");
    for (double[] c : hlc) {
      bars.add(new Bar(at, 100, c[0], c[1], c[2], 1));
      at = at.plus(Bar.STEP);
    }
    return bars;
  }

  @Test
  void upHitsWhenTheTargetIsTouchedBeforeTheInvalidation() {
    List<Bar> path =
        path(new double[] {104, 96, 101}, new double[] {110, 99, 108}, new double[] {109, 89, 90});
    assertEquals(Outcome.HIT, PathRules.outcome(Direction.UP, LEVELS, path));
    assertEquals(Outcome.MISS, PathRules.outcome(Direction.DOWN, LEVELS, path));
    assertEquals(Outcome.MISS, PathRules.outcome(Direction.SIDEWAYS, LEVELS, path));
    assertEquals(Direction.UP, PathRules.realized(LEVELS, path));
  }

  @Test
  void bothLevelsInsideOneCandleIsAMissWhicheverWayItWasCalled() {
    List<Bar> path = path(new double[] {104, 96, 101}, new double[] {111, 89, 104});
    assertEquals(Outcome.MISS, PathRules.outcome(Direction.UP, LEVELS, path));
    assertEquals(Outcome.MISS, PathRules.outcome(Direction.DOWN, LEVELS, path));
    assertEquals(Outcome.MISS, PathRules.outcome(Direction.SIDEWAYS, LEVELS, path));
    // realised by the close: 104 is inside the band
    assertEquals(Direction.SIDEWAYS, PathRules.realized(LEVELS, path));
  }

  @Test
  void endingBeyondTheBandOnTheWrongSideIsAMissWithoutTouchingTheInvalidation() {
    List<Bar> path = path(new double[] {104, 92, 93});
    assertEquals(Outcome.MISS, PathRules.outcome(Direction.UP, LEVELS, path));
    assertEquals(Outcome.NEUTRAL, PathRules.outcome(Direction.DOWN, LEVELS, path));
    assertEquals(Outcome.MISS, PathRules.outcome(Direction.SIDEWAYS, LEVELS, path));
    assertEquals(Direction.DOWN, PathRules.realized(LEVELS, path));
  }

  @Test
  void quietPathIsNeutralForDirectionalCallsAndAHitForSideways() {
    List<Bar> path = path(new double[] {104, 96, 101}, new double[] {105, 95, 99});
    assertEquals(Outcome.NEUTRAL, PathRules.outcome(Direction.UP, LEVELS, path));
    assertEquals(Outcome.NEUTRAL, PathRules.outcome(Direction.DOWN, LEVELS, path));
    assertEquals(Outcome.HIT, PathRules.outcome(Direction.SIDEWAYS, LEVELS, path));
    assertEquals(Direction.SIDEWAYS, PathRules.realized(LEVELS, path));
  }

  @Test
  void touchingExactlyTheLevelCounts() {
    List<Bar> path = path(new double[] {100, 90, 91});
    assertEquals(Outcome.HIT, PathRules.outcome(Direction.DOWN, LEVELS, path));
    assertEquals(Outcome.MISS, PathRules.outcome(Direction.UP, LEVELS, path));
  }

  @Test
  void levelsScaleWithAtrAndTheSquareRootOfTheHorizon() {
    // ATR 2 over 4 hours: sigma 4; touch at ±sigma/2 = ±2, band ±sigma/4 = ±1
    Levels levels = Levels.of(100, 2, Horizon.H4);
    assertEquals(102, levels.upper(), 1e-9);
    assertEquals(98, levels.lower(), 1e-9);
    assertEquals(101, levels.bandHigh(), 1e-9);
    assertEquals(99, levels.bandLow(), 1e-9);
  }
}
