package dev.vizzor.agent.domain;

import dev.vizzor.strategy.Signal;
import java.time.Instant;
import java.util.Map;

/**
 * What an agent's strategy says for a symbol: the signal to hold, its score, the market time it was
 * made for (the close of the last candle read, or the call's emission), where its data came from,
 * and anything else worth keeping with the decision.
 */
public record Reading(
    Signal signal, double score, Instant asOf, String source, Map<String, Object> detail) {}
