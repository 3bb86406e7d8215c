package dev.vizzor.agent.domain;

import java.math.BigDecimal;

/** One price level of an order book: a price in USDC per share (0–1) and the shares offered. */
public record BookLevel(BigDecimal price, BigDecimal size) {}
