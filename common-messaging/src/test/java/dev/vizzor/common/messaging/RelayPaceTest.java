package dev.vizzor.common.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RelayPaceTest {
  private final RelayPace pace = new RelayPace(Duration.ofMillis(200), Duration.ofSeconds(10), 100);

  @Test
  void aPassThatPublishedEverythingIsFollowedAfterTheInterval() {
    assertEquals(Duration.ofMillis(200), pace.after(3, 3));
    assertEquals(Duration.ofMillis(200), pace.after(0, 0));
  }

  @Test
  void aFullBatchIsFollowedAtOnce() {
    assertEquals(Duration.ZERO, pace.after(100, 100));
  }

  @Test
  void failingPassesDoubleThePauseUpToTheMaximum() {
    assertEquals(Duration.ofMillis(400), pace.after(5, 4));
    assertEquals(Duration.ofMillis(800), pace.afterFailure());
    assertEquals(Duration.ofMillis(1600), pace.after(1, 0));
    assertEquals(Duration.ofMillis(3200), pace.afterFailure());
    assertEquals(Duration.ofMillis(6400), pace.afterFailure());
    assertEquals(Duration.ofSeconds(10), pace.afterFailure());
    for (int i = 0; i < 100; i++) {
      assertEquals(Duration.ofSeconds(10), pace.afterFailure());
    }
  }

  @Test
  void oneGoodPassEndsTheBackoff() {
    pace.afterFailure();
    pace.afterFailure();
    assertEquals(Duration.ofMillis(200), pace.after(2, 2));
    assertEquals(Duration.ofMillis(400), pace.afterFailure());
  }
}
