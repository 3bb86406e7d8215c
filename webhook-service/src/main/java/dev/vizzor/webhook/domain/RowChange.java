package dev.vizzor.webhook.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One validated change of a {@code public.user_symbols} row. For DELETE only the identifying fields
 * are known; {@code strategy} is then null and {@code active} false. {@code changedAt} orders
 * changes of the same row: the row's {@code updated_at}/{@code created_at}, or for a DELETE, which
 * carries neither, when the delivery was signed or received.
 */
public record RowChange(
    Operation operation,
    long watcherId,
    UUID userId,
    String symbol,
    String timeframe,
    JsonNode strategy,
    boolean active,
    Instant changedAt) {}
