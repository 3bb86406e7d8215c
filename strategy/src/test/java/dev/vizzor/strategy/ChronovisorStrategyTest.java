package dev.vizzor.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.Evaluated;
import dev.vizzor.chronovisor.FearGreedHistory;
import dev.vizzor.chronovisor.Forecast;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.chronovisor.WalkForward;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChronovisorStrategyTest {
  /** Three months of hours: the model needs a month of closed samples before its first call. */
  private static final List<Bar> BARS =
      BundledBtc.slice("2023-01-01T00:00:00Z", "2023-04-01T00:00:00Z");

  @Test
  void itTakesTheCallsOfItsTierOrAboveAtEachBoundaryAndHoldsThemUntilTheNext() {
    Strategy strategy = Strategies.of("chronovisor", Map.of("tier", "advisory", "horizon", "4h"));
    assertEquals(Map.of("tier", "advisory", "horizon", "4h"), strategy.params());
    Signals signals = strategy.evaluate(BARS);
    Map<Instant, Forecast> calls = new HashMap<>();
    for (Evaluated e :
        WalkForward.run(
            "BTC", BARS, Set.of(Horizon.H4), null, null, FearGreedHistory.bundled(), s -> {})) {
      calls.put(e.forecast().emittedAt(), e.forecast());
    }
    assertFalse(calls.isEmpty(), "the engine made calls in these three months");
    String held = "FLAT";
    double score = 0;
    int positions = 0;
    for (int i = 0; i < BARS.size(); i++) {
      Forecast call = calls.get(BARS.get(i).openTime().plus(Duration.ofHours(1)));
      if (call != null) {
        held =
            switch (call.direction()) {
              case UP -> "LONG";
              case DOWN -> "SHORT";
              case SIDEWAYS -> "FLAT";
            };
        score = call.probabilities().up() - call.probabilities().down();
      }
      assertEquals(held, signals.at(i).name(), "at " + BARS.get(i).openTime());
      assertEquals(score, signals.scoreAt(i), 1e-12);
      positions += held.equals("FLAT") ? 0 : 1;
    }
    assertTrue(positions > 0, "advisory calls are all taken, so some hours hold a position");
  }

  @Test
  void aStricterTierStaysOutOfCallsBelowIt() {
    Signals strict = Strategies.of("chronovisor", Map.of("tier", "high-conviction")).evaluate(BARS);
    List<Instant> belowTier = new ArrayList<>();
    for (Evaluated e :
        WalkForward.run(
            "BTC", BARS, Set.of(Horizon.H1), null, null, FearGreedHistory.bundled(), s -> {})) {
      if (!e.forecast().tier().label().equals("high-conviction")) {
        belowTier.add(e.forecast().emittedAt());
      }
    }
    assertFalse(belowTier.isEmpty());
    for (int i = 0; i < BARS.size(); i++) {
      if (belowTier.contains(BARS.get(i).openTime().plus(Duration.ofHours(1)))) {
        assertEquals(Signal.FLAT, strict.at(i), "no position on a call below the tier");
      }
    }
  }

  @Test
  void itRunsOnHourlyCandlesAndNamesABadTierOrHorizon() {
    Strategy strategy = Strategies.of("chronovisor", Map.of());
    assertTrue(strategy.runsOn(Duration.ofHours(1)));
    assertFalse(strategy.runsOn(Duration.ofHours(4)));
    List<Bar> fourHourly =
        List.of(
            new Bar(Instant.parse("2024-01-01T00:00:00Z"), 1, 1, 1, 1, 1),
            new Bar(Instant.parse("2024-01-01T04:00:00Z"), 1, 1, 1, 1, 1));
    assertEquals(
        "interval",
        assertThrows(InvalidStrategyException.class, () -> strategy.evaluate(fourHourly)).field());
    assertEquals(
        "strategy.params.tier",
        assertThrows(
                InvalidStrategyException.class,
                () -> Strategies.of("chronovisor", Map.of("tier", "sure-thing")))
            .field());
    assertEquals(
        "strategy.params.horizon",
        assertThrows(
                InvalidStrategyException.class,
                () -> Strategies.of("chronovisor", Map.of("horizon", "2h")))
            .field());
  }
}
