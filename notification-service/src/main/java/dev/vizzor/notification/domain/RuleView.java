package dev.vizzor.notification.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An alert rule as the API shows it. Fields a type does not use are left out: {@code threshold}
 * (price rules), {@code percent} and {@code window} (pct_change), {@code horizon} and {@code
 * minTier} (prediction rules).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleView(
    UUID id,
    String type,
    String symbol,
    BigDecimal threshold,
    BigDecimal percent,
    String window,
    String horizon,
    String minTier,
    long cooldownSeconds,
    boolean recurring,
    boolean active,
    Instant lastFiredAt,
    Instant createdAt) {}
