package dev.vizzor.cli;

/** Elapsed wall time in seconds, for the start-up timings printed to the user. */
final class Seconds {
  private Seconds() {}

  /** Wall-clock based, because a detached start measures from its parent's command start. */
  static double since(long startEpochMillis) {
    return (System.currentTimeMillis() - startEpochMillis) / 1000.0;
  }
}
