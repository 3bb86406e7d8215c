package dev.vizzor.agent.domain;

import java.math.BigDecimal;

/**
 * One outcome of a priced market: its token, Gamma's {@code outcomePrices} entry, the best bid and
 * ask of its book (mirrored from the other outcome's when {@code derivedBook}), the implied
 * probability (their mid), ours, and {@code edge = ours − implied}.
 */
public record OpportunityOutcome(
    String name,
    String tokenId,
    BigDecimal gammaPrice,
    BigDecimal bestBid,
    BigDecimal bestAsk,
    BigDecimal implied,
    Double ours,
    Double edge,
    boolean derivedBook) {}
