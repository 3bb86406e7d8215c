package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What an agent decided for a symbol at a price, why, on which inputs, and its fill if it traded.
 */
public record Decision(
    Action action,
    String symbol,
    BigDecimal price,
    Fill fill,
    String reason,
    Map<String, Object> inputs) {}
