package dev.vizzor.prediction.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A ChronoVisor prediction as the API shows it and as {@code vizzor.predictions.emitted} / {@code
 * .resolved} carry it (the same JSON, with the same stable {@code id}).
 *
 * @param origin {@code scheduled} (emitted at the horizon's boundary) or {@code on-demand} ({@code
 *     POST /predict}; reported apart, never in the headline)
 * @param confidence the probability of {@code direction}
 * @param targetPrice where the call is proved right (sideways: the entry, staying inside the band)
 * @param invalidationPrice where it is proved wrong (sideways: also {@code levels.lower})
 * @param sidewaysBand the closes that count as "sideways" for this horizon
 * @param climatology the base rates of the realised classes known at emission
 * @param persistence the last closed candle's direction: the naive baseline at this instant
 * @param record the decided calls of this symbol and horizon the tier was judged on
 * @param outcome HIT, MISS or NEUTRAL once resolved
 * @param realized what the market did, as a direction, once resolved
 * @param settledAt market time at which it was resolved or expired
 */
public record PredictionView(
    UUID id,
    String symbol,
    String horizon,
    String origin,
    long run,
    String direction,
    Probabilities probabilities,
    String tier,
    double confidence,
    double margin,
    double agreement,
    double entryPrice,
    double targetPrice,
    double invalidationPrice,
    Touch levels,
    Band sidewaysBand,
    Instant emittedAt,
    Instant resolvesAt,
    String modelVersion,
    Instant trainedFrom,
    Instant trainedThrough,
    int trainingSamples,
    Map<String, Double> features,
    Probabilities climatology,
    String persistence,
    Record record,
    String status,
    String outcome,
    String realized,
    Double closePrice,
    Instant settledAt,
    String expiredReason) {

  public record Probabilities(double up, double down, double sideways) {}

  /** The prices whose touch decides an up or down call. */
  public record Touch(double upper, double lower) {}

  public record Band(double low, double high) {}

  public record Record(int hits, int misses) {}
}
