package dev.vizzor.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.chronovisor.Bar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategiesTest {
  @Test
  void anUnknownTypeSaysWhichTypesExist() {
    InvalidStrategyException e =
        assertThrows(InvalidStrategyException.class, () -> Strategies.of("moonshot", Map.of()));
    assertEquals("strategy.type", e.field());
    assertTrue(
        e.getMessage().contains("[momentum, breakout, mean_reversion, trend, chronovisor]"),
        e.getMessage());
  }

  @Test
  void parametersAreCheckedByName() {
    assertEquals(
        "strategy.params.period",
        assertThrows(
                InvalidStrategyException.class,
                () -> Strategies.of("momentum", Map.of("period", 1)))
            .field());
    assertEquals(
        "strategy.params.period",
        assertThrows(
                InvalidStrategyException.class,
                () -> Strategies.of("momentum", Map.of("period", 2.5)))
            .field());
    assertEquals(
        "strategy.params.threshold",
        assertThrows(
                InvalidStrategyException.class,
                () -> Strategies.of("breakout", Map.of("threshold", 0)))
            .field());
    assertEquals(
        "strategy.params.fast",
        assertThrows(
                InvalidStrategyException.class,
                () -> Strategies.of("trend", Map.of("fast", 50, "slow", 20)))
            .field());
    InvalidStrategyException unknown =
        assertThrows(
            InvalidStrategyException.class, () -> Strategies.of("momentum", Map.of("length", 14)));
    assertTrue(unknown.getMessage().contains("takes [period]"), unknown.getMessage());
  }

  @Test
  void defaultsAreFilledIn() {
    assertEquals(Map.of("period", 14), Strategies.of("momentum", null).params());
    assertEquals(
        Map.of("threshold", 0.05, "lookback", 20), Strategies.of("breakout", Map.of()).params());
  }

  @Test
  void everyStrategyReadsEachCandleFromItAndTheOnesBeforeOnly() {
    List<Bar> bars = BundledBtc.slice("2022-06-01T00:00:00Z", "2022-06-20T00:00:00Z");
    for (String type : Strategies.TYPES) {
      Strategy strategy = Strategies.of(type, Map.of());
      Signals whole = strategy.evaluate(bars);
      for (int end : new int[] {60, 150, 300, bars.size() - 1}) {
        Signals prefix = strategy.evaluate(bars.subList(0, end + 1));
        assertEquals(whole.at(end), prefix.at(end), type + " at " + end);
        assertEquals(whole.scoreAt(end), prefix.scoreAt(end), 1e-12, type + " score at " + end);
        assertTrue(Math.abs(whole.scoreAt(end)) <= 1, type + " score within [-1, 1]");
      }
    }
  }

  @Test
  void momentumIsLongAfterARiseAndShortAfterAFall() {
    List<Bar> rising =
        HandComputedBacktestTest.bars(
            new double[] {10, 10},
            new double[] {10, 11},
            new double[] {11, 12},
            new double[] {12, 11.5});
    Signals signals = Strategies.of("momentum", Map.of("period", 2)).evaluate(rising);
    assertEquals(List.of(Signal.FLAT, Signal.FLAT, Signal.LONG, Signal.LONG), signals.signals());
    List<Bar> falling =
        HandComputedBacktestTest.bars(
            new double[] {10, 10}, new double[] {10, 9}, new double[] {9, 8});
    assertEquals(
        Signal.SHORT, Strategies.of("momentum", Map.of("period", 2)).evaluate(falling).at(2));
  }
}
