package dev.vizzor.notification.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

/** A tick rule that may fire now: active and past its cool-down. */
public record ArmedRule(
    UUID id,
    UUID accountId,
    RuleType type,
    String symbol,
    BigDecimal threshold,
    BigDecimal percent,
    Duration window) {}
