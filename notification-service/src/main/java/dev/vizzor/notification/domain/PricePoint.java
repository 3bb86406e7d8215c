package dev.vizzor.notification.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A symbol's price at a market time, from an earlier tick. */
public record PricePoint(BigDecimal price, Instant asOf) {}
