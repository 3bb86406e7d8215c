package dev.vizzor.agent.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A decision as the API and {@code vizzor.agents.decisions} show it: buy, sell or hold with its
 * inputs and reason, or an emergency stop's halt or resume with who pulled it.
 */
public record DecisionView(
    UUID id,
    UUID agentId,
    String agent,
    UUID accountId,
    String action,
    String symbol,
    BigDecimal price,
    String reason,
    JsonNode inputs,
    UUID tradeId,
    Instant marketTime,
    Instant recordedAt) {}
