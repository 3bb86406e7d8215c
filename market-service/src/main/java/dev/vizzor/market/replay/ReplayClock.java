package dev.vizzor.market.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Maps wall-clock time onto the bundled history: at construction the history stands at {@code
 * start}; from then on it advances {@code speed} times as fast as the wall clock (60 = an hour per
 * minute) and wraps from the end of {@code span} back to its beginning, so the replay never runs
 * out. Replayed values carry the history instant, never the wall-clock one.
 */
public final class ReplayClock {
  private final Clock wall;
  private final long wallEpochMillis;
  private final long startOffsetMillis;
  private final double speed;
  private final Instant spanStart;
  private final long spanMillis;

  /**
   * @param span the replayable history, {@code [spanStart, spanEnd)}
   * @throws IllegalArgumentException for a start outside the span or a speed that is not a positive
   *     finite number
   */
  public ReplayClock(Clock wall, Instant start, double speed, Instant spanStart, Instant spanEnd) {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("replay speed must be positive, not " + speed);
    }
    if (start.isBefore(spanStart) || !start.isBefore(spanEnd)) {
      throw new IllegalArgumentException(
          "replay start "
              + start
              + " is outside the bundled history "
              + spanStart
              + " – "
              + spanEnd);
    }
    this.wall = wall;
    this.wallEpochMillis = wall.millis();
    this.startOffsetMillis = Duration.between(spanStart, start).toMillis();
    this.speed = speed;
    this.spanStart = spanStart;
    this.spanMillis = Duration.between(spanStart, spanEnd).toMillis();
  }

  /** The replayed instant that corresponds to the wall clock's now. */
  public Instant now() {
    long replayed = Math.round((wall.millis() - wallEpochMillis) * speed);
    return spanStart.plusMillis(Math.floorMod(startOffsetMillis + replayed, spanMillis));
  }
}
