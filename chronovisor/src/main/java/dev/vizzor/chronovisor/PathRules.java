package dev.vizzor.chronovisor;

import java.util.List;

/**
 * How a prediction resolves on the hourly candles of its horizon (the candles opening in {@code
 * [emittedAt, resolvesAt)}), never on whatever price holds when someone looks:
 *
 * <ul>
 *   <li>up/down: HIT when the target is touched before the invalidation; MISS when the invalidation
 *       is touched first, or when the horizon ends beyond the band on the wrong side; NEUTRAL
 *       otherwise (neither touched and the close is inside the band, or on the predicted side but
 *       short of the target).
 *   <li>sideways: HIT when neither level is touched and the close is inside the band; MISS
 *       otherwise. A sideways call is never NEUTRAL.
 *   <li>Both levels touched inside one candle: the candle cannot say which came first, so it counts
 *       as MISS for every direction.
 * </ul>
 */
public final class PathRules {
  private PathRules() {}

  public static Outcome outcome(Direction direction, Levels levels, List<Bar> path) {
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a prediction resolves on at least one candle");
    }
    for (Bar bar : path) {
      boolean upper = bar.high() >= levels.upper();
      boolean lower = bar.low() <= levels.lower();
      if (upper && lower) {
        return Outcome.MISS;
      }
      if (upper || lower) {
        return switch (direction) {
          case UP -> upper ? Outcome.HIT : Outcome.MISS;
          case DOWN -> lower ? Outcome.HIT : Outcome.MISS;
          case SIDEWAYS -> Outcome.MISS;
        };
      }
    }
    double close = path.get(path.size() - 1).close();
    boolean aboveBand = close > levels.bandHigh();
    boolean belowBand = close < levels.bandLow();
    return switch (direction) {
      case UP -> belowBand ? Outcome.MISS : Outcome.NEUTRAL;
      case DOWN -> aboveBand ? Outcome.MISS : Outcome.NEUTRAL;
      case SIDEWAYS -> aboveBand || belowBand ? Outcome.MISS : Outcome.HIT;
    };
  }

  /**
   * What the market did, as one class: the direction whose prediction would have been a HIT, or
   * where no prediction would have been, the side of the band the horizon closed on. This is the
   * model's training label and what Brier scores compare against.
   */
  public static Direction realized(Levels levels, List<Bar> path) {
    for (Direction direction : Direction.values()) {
      if (outcome(direction, levels, path) == Outcome.HIT) {
        return direction;
      }
    }
    double close = path.get(path.size() - 1).close();
    if (close > levels.bandHigh()) {
      return Direction.UP;
    }
    return close < levels.bandLow() ? Direction.DOWN : Direction.SIDEWAYS;
  }
}
