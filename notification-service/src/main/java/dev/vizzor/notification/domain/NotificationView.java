package dev.vizzor.notification.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A notification as the API (and the WebSocket) shows it: what fired ({@code type}, the rule, the
 * symbol), a sentence saying so, and {@code data}, the facts it fired on (the tick's price, the
 * threshold, the window's starting price).
 */
public record NotificationView(
    UUID id,
    String type,
    UUID ruleId,
    String symbol,
    String message,
    JsonNode data,
    boolean read,
    Instant readAt,
    Instant createdAt) {}
