package dev.vizzor.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.chronovisor.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TripleBarrierTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final TripleBarrier.Barriers BARRIERS =
      new TripleBarrier.Barriers(100, 0.01, 110, 90);

  @Test
  void volatilityIsTheSpreadOfTheLastTwentyLogReturnsAndScalesTheBarriers() {
    // closes alternate 100 and 100·e^0.02: twenty log returns of ±0.02, mean 0, σ = 0.02
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double close = i % 2 == 0 ? 100 : 100 * Math.exp(0.02);
      bars.add(new Bar(T0.plus(HOUR.multipliedBy(i)), close, close, close, close, 1));
    }
    TripleBarrier.Barriers barriers = TripleBarrier.at(bars).orElseThrow();
    double width = 0.02 * Math.sqrt(6);
    assertEquals(100 * Math.exp(0.02), barriers.entry(), 1e-9);
    assertEquals(0.02, barriers.volatility(), 1e-12);
    assertEquals(barriers.entry() * Math.exp(width), barriers.upper(), 1e-9);
    assertEquals(barriers.entry() * Math.exp(-width), barriers.lower(), 1e-9);
  }

  @Test
  void noBarriersWithoutTwentyReturnsOrWithoutMovement() {
    List<Bar> still = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      still.add(bar(i, 100, 100, 100));
    }
    assertTrue(TripleBarrier.at(still).isEmpty());
    assertTrue(TripleBarrier.at(still.subList(0, 20)).isEmpty());
  }

  @Test
  void aLongReachingTheUpperBarrierFirstTakesProfitThere() {
    List<Bar> path =
        List.of(
            bar(1, 105, 95, 101),
            bar(2, 111, 99, 108),
            bar(3, 100, 80, 85),
            flat(4),
            flat(5),
            flat(6));
    TripleBarrier.Label label = TripleBarrier.label(Signal.LONG, BARRIERS, path, HOUR);
    assertEquals(TripleBarrier.Exit.TAKE_PROFIT, label.exit());
    assertEquals(T0.plus(HOUR.multipliedBy(3)), label.exitTime());
    assertEquals(110, label.exitPrice(), 1e-12);
    assertEquals(0.10, label.realizedReturn(), 1e-12);
    assertTrue(label.win());
  }

  @Test
  void aCandleReachingBothBarriersCountsAsTheStopLoss() {
    List<Bar> path = List.of(bar(1, 111, 89, 100), flat(2), flat(3), flat(4), flat(5), flat(6));
    TripleBarrier.Label label = TripleBarrier.label(Signal.LONG, BARRIERS, path, HOUR);
    assertEquals(TripleBarrier.Exit.STOP_LOSS, label.exit());
    assertEquals(90, label.exitPrice(), 1e-12);
    assertEquals(-0.10, label.realizedReturn(), 1e-12);
    assertFalse(label.win());
  }

  @Test
  void aShortTakesProfitAtTheLowerBarrier() {
    List<Bar> path = List.of(flat(1), bar(2, 101, 89.5, 92), flat(3), flat(4), flat(5), flat(6));
    TripleBarrier.Label label = TripleBarrier.label(Signal.SHORT, BARRIERS, path, HOUR);
    assertEquals(TripleBarrier.Exit.TAKE_PROFIT, label.exit());
    assertEquals(T0.plus(HOUR.multipliedBy(3)), label.exitTime());
    assertEquals(90, label.exitPrice(), 1e-12);
    assertEquals(0.10, label.realizedReturn(), 1e-12);
    assertTrue(label.win());
  }

  @Test
  void reachingNeitherExitsAtTheLastCloseAndWinsOnlyAboveZero() {
    List<Bar> path = List.of(flat(1), flat(2), flat(3), flat(4), flat(5), bar(6, 101, 98, 99));
    TripleBarrier.Label asLong = TripleBarrier.label(Signal.LONG, BARRIERS, path, HOUR);
    TripleBarrier.Label asShort = TripleBarrier.label(Signal.SHORT, BARRIERS, path, HOUR);
    assertEquals(TripleBarrier.Exit.TIME_LIMIT, asLong.exit());
    assertEquals(T0.plus(HOUR.multipliedBy(7)), asLong.exitTime());
    assertEquals(-0.01, asLong.realizedReturn(), 1e-12);
    assertFalse(asLong.win());
    assertEquals(0.01, asShort.realizedReturn(), 1e-12);
    assertTrue(asShort.win());
  }

  @Test
  void theKeyNamesTheStrategyWithEveryParameterDefaultsIncluded() {
    assertEquals("momentum{period=14}", Strategies.key(Strategies.of("momentum", null)));
    assertEquals(
        "breakout{lookback=20, threshold=0.1}",
        Strategies.key(Strategies.of("breakout", java.util.Map.of("threshold", 0.1))));
  }

  private static Bar bar(int index, double high, double low, double close) {
    return new Bar(T0.plus(HOUR.multipliedBy(index)), 100, high, low, close, 1);
  }

  private static Bar flat(int index) {
    return bar(index, 101, 99, 100);
  }
}
