package dev.vizzor.orchestrator.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** One stored message: the user's, or the assistant's with its tool calls, usage and provider. */
public record MessageView(
    UUID id,
    String role,
    String content,
    JsonNode toolCalls,
    JsonNode usage,
    String provider,
    String model,
    Instant createdAt) {}
