package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An agent as stored: its settings, status, cash and when its strategy last decided. */
public record Agent(
    UUID id,
    UUID accountId,
    String name,
    String strategyType,
    Map<String, Object> strategyParams,
    List<String> symbols,
    Cadence cadence,
    BigDecimal capital,
    RiskLimits risk,
    AgentStatus status,
    BigDecimal cash,
    Instant lastDecisionAt,
    Instant createdAt,
    Instant updatedAt) {}
