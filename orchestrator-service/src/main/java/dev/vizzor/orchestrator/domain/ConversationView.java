package dev.vizzor.orchestrator.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as {@code GET /v1/conversations} lists it (no messages); with its messages, oldest
 * first, when read alone.
 */
public record ConversationView(
    UUID id,
    String title,
    Instant createdAt,
    Instant updatedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<MessageView> messages) {}
