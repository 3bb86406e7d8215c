package dev.vizzor.market.domain;

import java.time.Instant;

/**
 * One raw value of a tracked item: {@code timestamp} is the start of its step of {@code
 * granularity} (a 5-minute bucket, a candle's open hour, an index's day), {@code value} the item's
 * latest value in that step.
 */
public record DataPoint(
    String itemId, Granularity granularity, Instant timestamp, double value, PointSource source) {}
