package dev.vizzor.chronovisor;

/**
 * How a prediction ended (see {@link PathRules}). Only {@code HIT} and {@code MISS} enter a win
 * rate; {@code NEUTRAL} is reported as its own rate.
 */
public enum Outcome {
  HIT,
  MISS,
  NEUTRAL
}
