package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /v1/polymarket/positions}: paper cash, the outcomes held, the open orders (always
 * none: paper orders are immediate-or-cancel), the recent trades newest first, and where the marks
 * came from.
 */
public record PolymarketPortfolio(
    BigDecimal startingCash,
    BigDecimal cash,
    BigDecimal realisedPnl,
    BigDecimal feesPaid,
    List<PolymarketPosition> positions,
    List<Object> openOrders,
    List<PolymarketTrade> recentTrades,
    Instant markedAt,
    String source) {}
