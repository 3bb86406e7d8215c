package dev.vizzor.strategy;

/** Scores live in [−1, 1]. */
final class Scores {
  private Scores() {}

  static double clamp(double value) {
    return Math.max(-1, Math.min(1, value));
  }
}
