package dev.vizzor.chronovisor;

import java.time.Instant;
import java.util.Map;

/**
 * One prediction as the engine makes it, before anyone stores it: everything needed to act on it,
 * to resolve it, and to score it later against the base rates and baselines known at emission.
 *
 * @param persistence the direction of the last closed candle (the naive baseline at this instant)
 * @param record the horizon's decided calls for the symbol known at emission (the tier's evidence)
 */
public record Forecast(
    String symbol,
    Horizon horizon,
    Instant emittedAt,
    Instant resolvesAt,
    Direction direction,
    Probabilities probabilities,
    Tier tier,
    double margin,
    double agreement,
    Levels levels,
    Probabilities climatology,
    Direction persistence,
    String modelVersion,
    Instant trainedFrom,
    Instant trainedThrough,
    int trainingSamples,
    Map<String, Double> features,
    TrackRecord record) {

  /** The probability of the predicted direction. */
  public double confidence() {
    return probabilities.of(direction);
  }
}
