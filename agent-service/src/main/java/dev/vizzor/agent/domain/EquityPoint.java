package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** An agent's equity after a decision, at the prices of that moment. */
public record EquityPoint(
    Instant marketTime, BigDecimal cash, BigDecimal positionsValue, BigDecimal equity) {}
