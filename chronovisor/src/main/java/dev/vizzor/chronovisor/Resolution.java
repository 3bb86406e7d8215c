package dev.vizzor.chronovisor;

import java.util.List;

/**
 * A prediction resolved on its path ({@link PathRules}), with what the baselines would have scored
 * on the same instant: an up call and a down call with the same levels.
 */
public record Resolution(
    Outcome outcome, Direction realized, Outcome outcomeIfUp, Outcome outcomeIfDown, double close) {

  public static Resolution of(Direction direction, Levels levels, List<Bar> path) {
    return new Resolution(
        PathRules.outcome(direction, levels, path),
        PathRules.realized(levels, path),
        PathRules.outcome(Direction.UP, levels, path),
        PathRules.outcome(Direction.DOWN, levels, path),
        path.get(path.size() - 1).close());
  }

  /** What the persistence baseline scored: the outcome of the direction it would have called. */
  public Outcome outcomeIf(Direction direction) {
    return direction == Direction.UP ? outcomeIfUp : outcomeIfDown;
  }
}
