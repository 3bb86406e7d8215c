package dev.vizzor.notification.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A {@code vizzor.market.ticks} record as rules read it: its event id, symbol, price, time. */
public record Tick(UUID eventId, String symbol, BigDecimal price, Instant asOf, String source) {}
