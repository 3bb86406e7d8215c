package dev.vizzor.chronovisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures of the report against values worked out by hand. */
class AccuracyReportTest {
  private static final Probabilities THIRDS = new Probabilities(1 / 3.0, 1 / 3.0, 1 / 3.0);

  private static Scored resolved(
      Tier tier, Direction called, double pCalled, Outcome outcome, Direction realized) {
    double rest = (1 - pCalled) / 2;
    Probabilities p =
        switch (called) {
          case UP -> new Probabilities(pCalled, rest, rest);
          case DOWN -> new Probabilities(rest, pCalled, rest);
          case SIDEWAYS -> new Probabilities(rest, rest, pCalled);
        };
    return new Scored(
        "BTC",
        Horizon.H1,
        tier,
        false,
        called,
        p,
        THIRDS,
        Direction.UP,
        Status.RESOLVED,
        outcome,
        realized,
        Outcome.HIT,
        Outcome.MISS);
  }

  @Test
  void winRateExcludesNeutralAndExpiredAndCarriesTheWilsonInterval() {
    List<Scored> rows = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rows.add(resolved(Tier.TRACKED, Direction.UP, 0.6, Outcome.HIT, Direction.UP));
    }
    rows.add(resolved(Tier.TRACKED, Direction.UP, 0.6, Outcome.MISS, Direction.DOWN));
    rows.add(resolved(Tier.TRACKED, Direction.UP, 0.6, Outcome.MISS, Direction.DOWN));
    rows.add(resolved(Tier.TRACKED, Direction.UP, 0.6, Outcome.NEUTRAL, Direction.SIDEWAYS));
    rows.add(
        new Scored(
            "BTC",
            Horizon.H1,
            Tier.TRACKED,
            false,
            Direction.UP,
            THIRDS,
            THIRDS,
            Direction.UP,
            Status.EXPIRED,
            null,
            null,
            null,
            null));

    AccuracyReport.Cut cut = AccuracyReport.of(rows).headline();

    assertEquals(11, cut.n());
    assertEquals(8, cut.hit());
    assertEquals(2, cut.miss());
    assertEquals(1, cut.neutral());
    assertEquals(1, cut.expired());
    assertEquals(0.8, cut.winRate(), 1e-12);
    // Wilson 95 % for 8 of 10 (z = 1.96), from the textbook formula: 0.4902 .. 0.9433
    assertEquals(0.4902, cut.winRateInterval().low(), 1e-4);
    assertEquals(0.9433, cut.winRateInterval().high(), 1e-4);
    assertEquals(1 / 11.0, cut.neutralRate(), 1e-12);
  }

  @Test
  void brierAndSkillAgainstTheBaseRatesCarriedAtEmission() {
    // p = (0.6, 0.2, 0.2). Realised up: 0.16 + 0.04 + 0.04 = 0.24. Realised down: 0.36 + 0.64 +
    // 0.04 = 1.04.
    // Climatology thirds: 4/9 + 1/9 + 1/9 = 2/3 either way.
    List<Scored> rows =
        List.of(
            resolved(Tier.TRACKED, Direction.UP, 0.6, Outcome.HIT, Direction.UP),
            resolved(Tier.TRACKED, Direction.UP, 0.6, Outcome.MISS, Direction.DOWN));
    AccuracyReport.Cut cut = AccuracyReport.of(rows).overall();
    assertEquals((0.24 + 1.04) / 2, cut.brier(), 1e-12);
    assertEquals(2 / 3.0, cut.climatologyBrier(), 1e-12);
    assertEquals(1 - 0.64 / (2 / 3.0), cut.brierSkill(), 1e-12);
    // both in the 0.6 bin; one of two realised as called
    AccuracyReport.ReliabilityBin bin = cut.reliability().get(6);
    assertEquals(2, bin.count());
    assertEquals(0.6, bin.meanPredicted(), 1e-12);
    assertEquals(0.5, bin.observed(), 1e-12);
    assertNull(cut.reliability().get(9).observed());
  }

  @Test
  void advisoryAndOnDemandStayOutOfTheHeadline() {
    Scored advisory = resolved(Tier.ADVISORY, Direction.UP, 0.5, Outcome.HIT, Direction.UP);
    Scored tracked = resolved(Tier.TRACKED, Direction.DOWN, 0.5, Outcome.MISS, Direction.UP);
    Scored asked =
        new Scored(
            "BTC",
            Horizon.H1,
            Tier.HIGH_CONVICTION,
            true,
            Direction.UP,
            THIRDS,
            THIRDS,
            Direction.UP,
            Status.RESOLVED,
            Outcome.HIT,
            Direction.UP,
            Outcome.HIT,
            Outcome.MISS);

    AccuracyReport report = AccuracyReport.of(List.of(advisory, tracked, asked));

    assertEquals(1, report.headline().n());
    assertEquals(0, report.headline().hit());
    assertEquals(2, report.overall().n());
    assertEquals(1, report.byTier().get("advisory").hit());
    assertEquals(1, report.onDemand().n());
    // baselines on the same instants: always-up hit both scheduled instants
    assertEquals(2, report.overall().baselines().alwaysUp().hit());
  }
}
