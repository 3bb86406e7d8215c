package dev.vizzor.market.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vizzor.market.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplayClockTest {
  private static final Instant SPAN_START = Instant.parse("2021-04-12T21:00:00Z");
  private static final Instant SPAN_END = Instant.parse("2023-12-30T20:00:00Z");
  private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

  private final MutableClock wall = new MutableClock();

  @BeforeEach
  void stopTheWallClock() {
    wall.set(Instant.parse("2026-06-01T12:00:00Z"));
  }

  @Test
  void startsAtTheConfiguredInstantAndRunsWithTheWallClockAtSpeedOne() {
    ReplayClock clock = new ReplayClock(wall, START, 1, SPAN_START, SPAN_END);
    assertEquals(START, clock.now());
    wall.advance(Duration.ofMinutes(90));
    assertEquals(START.plus(Duration.ofMinutes(90)), clock.now());
  }

  @Test
  void atSpeedSixtyAWallMinuteIsAnHour() {
    ReplayClock clock = new ReplayClock(wall, START, 60, SPAN_START, SPAN_END);
    wall.advance(Duration.ofMinutes(1));
    assertEquals(START.plus(Duration.ofHours(1)), clock.now());
    wall.advance(Duration.ofSeconds(30));
    assertEquals(START.plus(Duration.ofMinutes(90)), clock.now());
  }

  @Test
  void wrapsFromTheEndOfTheHistoryToItsBeginning() {
    ReplayClock clock =
        new ReplayClock(wall, SPAN_END.minus(Duration.ofHours(1)), 1, SPAN_START, SPAN_END);
    wall.advance(Duration.ofHours(1));
    assertEquals(SPAN_START, clock.now());
    wall.advance(Duration.ofMinutes(30));
    assertEquals(SPAN_START.plus(Duration.ofMinutes(30)), clock.now());
  }

  @Test
  void refusesAStartOutsideTheHistoryAndASpeedThatIsNotPositive() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ReplayClock(wall, Instant.parse("2024-06-01T00:00:00Z"), 1, SPAN_START, SPAN_END));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReplayClock(wall, SPAN_START.minusMillis(1), 1, SPAN_START, SPAN_END));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReplayClock(wall, START, 0, SPAN_START, SPAN_END));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReplayClock(wall, START, Double.NaN, SPAN_START, SPAN_END));
  }
}
