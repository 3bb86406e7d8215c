package dev.vizzor.prediction.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A watcher of {@code vizzor.watchers.changed} as its latest change left it: its series' parts
 * (symbol, timeframe, strategy and its key) and whether it watches; {@code problem} says why it
 * yields no signals, when it cannot.
 */
public record Watcher(
    long id,
    String userId,
    String symbol,
    String timeframe,
    String strategyType,
    Map<String, Object> strategyParams,
    String strategyKey,
    boolean watching,
    String problem,
    Instant changedAt,
    UUID eventId) {}
