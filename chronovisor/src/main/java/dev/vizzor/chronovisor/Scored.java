package dev.vizzor.chronovisor;

/**
 * What the accuracy report needs of one stored prediction. {@code outcome}, {@code realized} and
 * the baseline outcomes are null unless {@code status} is resolved.
 */
public record Scored(
    String symbol,
    Horizon horizon,
    Tier tier,
    boolean onDemand,
    Direction direction,
    Probabilities probabilities,
    Probabilities climatology,
    Direction persistence,
    Status status,
    Outcome outcome,
    Direction realized,
    Outcome outcomeIfUp,
    Outcome outcomeIfDown) {}
