package dev.vizzor.prediction.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A stored signal as {@code vizzor.pipeline.compute-signals} carries it and the internal read shows
 * it (docs/PIPELINE.md defines each field).
 *
 * @param candleTime close of the candle the signal is as of
 * @param score the strategy's own score in [−1, 1] at that candle
 * @param price the candle's close: the entry of the position the signal stands for
 * @param barriers where its triple barrier lies, null for FLAT or too few candles
 * @param inputs what it was computed from: candle range, count, source, the ingest event
 * @param status pending, labelled, flat, unlabelled or expired
 * @param label how it ended, once labelled
 */
public record SignalView(
    UUID id,
    String symbol,
    String pair,
    String timeframe,
    StrategyView strategy,
    Instant candleTime,
    String signal,
    double score,
    double price,
    Barriers barriers,
    Map<String, Object> inputs,
    String status,
    Label label) {

  /** The triple barrier set when the signal was taken (see {@code TripleBarrier}). */
  public record Barriers(double volatility, double upper, double lower, Instant expiresAt) {}

  /** Which barrier ended the position, when and where, its return, and whether it won. */
  public record Label(
      String exit, Instant exitTime, double exitPrice, double realizedReturn, boolean win) {}
}
