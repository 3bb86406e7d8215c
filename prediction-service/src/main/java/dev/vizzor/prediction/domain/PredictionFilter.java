package dev.vizzor.prediction.domain;

import java.time.Instant;

/**
 * Which predictions a listing or an accuracy report covers; null means any. {@code from}/{@code to}
 * bound the emission instant ({@code [from, to)}); {@code run} is the market run counted.
 */
public record PredictionFilter(
    String symbol,
    String horizon,
    String tier,
    String status,
    String origin,
    Instant from,
    Instant to,
    Long run) {}
