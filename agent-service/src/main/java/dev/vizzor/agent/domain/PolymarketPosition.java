package dev.vizzor.agent.domain;

import java.math.BigDecimal;

/**
 * One outcome held, at average cost: shares, cost per share, the mark (the mid of the outcome's
 * book now; null when no book answers), value and unrealised PnL at the mark ({@code shares × mark
 * − cost}), realised PnL of earlier sells and the fees paid on it.
 */
public record PolymarketPosition(
    String market,
    String question,
    String outcome,
    String tokenId,
    BigDecimal shares,
    BigDecimal averagePrice,
    BigDecimal cost,
    BigDecimal mark,
    BigDecimal value,
    BigDecimal unrealisedPnl,
    BigDecimal realisedPnl,
    BigDecimal fees) {}
