package dev.vizzor.chronovisor;

import java.util.Comparator;
import java.util.stream.Stream;

/** A probability for each {@link Direction}, summing to 1. */
public record Probabilities(double up, double down, double sideways) {

  public static Probabilities normalised(double up, double down, double sideways) {
    double sum = up + down + sideways;
    if (!(sum > 0) || Double.isInfinite(sum)) {
      throw new IllegalArgumentException(
          "no probability mass: " + up + ", " + down + ", " + sideways);
    }
    return new Probabilities(up / sum, down / sum, sideways / sum);
  }

  public double of(Direction direction) {
    return switch (direction) {
      case UP -> up;
      case DOWN -> down;
      case SIDEWAYS -> sideways;
    };
  }

  /** The most probable direction; ties go to sideways, then down (the claims that say least). */
  public Direction top() {
    return Stream.of(Direction.SIDEWAYS, Direction.DOWN, Direction.UP)
        .max(Comparator.comparingDouble(this::of))
        .orElseThrow();
  }

  /** How far the top direction is ahead of the runner-up. */
  public double margin() {
    double[] sorted =
        Stream.of(up, down, sideways).mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[2] - sorted[1];
  }

  /** Multi-class Brier score of these probabilities against what happened. */
  public double brier(Direction realized) {
    double score = 0;
    for (Direction d : Direction.values()) {
      double observed = d == realized ? 1 : 0;
      score += (of(d) - observed) * (of(d) - observed);
    }
    return score;
  }
}
