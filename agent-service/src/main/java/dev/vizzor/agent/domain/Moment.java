package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What an agent decides on: a symbol's price at a market time, from an event ({@code eventId}: a
 * tick, or a ChronoVisor call with the price of the moment it was made).
 */
public record Moment(UUID eventId, String symbol, BigDecimal price, Instant asOf, String source) {}
