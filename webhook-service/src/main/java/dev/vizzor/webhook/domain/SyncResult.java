package dev.vizzor.webhook.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The response body, exactly as seed 002 documents it. */
public record SyncResult(
    boolean success,
    Operation operation,
    String symbol,
    @JsonProperty("user_id") String userId,
    String timestamp) {}
