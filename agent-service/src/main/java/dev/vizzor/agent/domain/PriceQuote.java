package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** The last tick's price of a symbol, its market time and source ({@code replay} or live). */
public record PriceQuote(String symbol, BigDecimal price, Instant asOf, String source) {}
