package dev.vizzor.agent.domain;

import java.math.BigDecimal;

/**
 * What the risk limits read besides the holdings: fills so far this market day, equity when the day
 * began, and the highest equity recorded (starting capital included).
 */
public record RiskState(int tradesToday, BigDecimal dayStartEquity, BigDecimal peakEquity) {}
