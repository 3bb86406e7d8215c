package dev.vizzor.orchestrator.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation as {@code GET /v1/conversations} lists it; with its messages when read alone. */
public record ConversationView(
    UUID id, String title, Instant createdAt, Instant updatedAt, List<MessageView> messages) {}
