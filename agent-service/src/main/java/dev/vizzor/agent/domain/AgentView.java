package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agent as the API shows it. {@code halted} is true while an emergency stop covers it (the
 * caller's or the operator's): it keeps its status and trades again once the stop is lifted.
 */
public record AgentView(
    UUID id,
    String name,
    StrategyView strategy,
    List<String> symbols,
    String interval,
    BigDecimal capital,
    RiskLimits risk,
    String status,
    boolean halted,
    Instant lastDecisionAt,
    Instant createdAt,
    Instant updatedAt) {

  public record StrategyView(String type, java.util.Map<String, Object> params) {}

  public static AgentView of(Agent agent, boolean halted) {
    return new AgentView(
        agent.id(),
        agent.name(),
        new StrategyView(agent.strategyType(), agent.strategyParams()),
        agent.symbols(),
        agent.cadence().wire(),
        agent.capital(),
        agent.risk(),
        agent.status().wire(),
        halted,
        agent.lastDecisionAt(),
        agent.createdAt(),
        agent.updatedAt());
  }
}
