package dev.vizzor.orchestrator.domain;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One tool run for a message, as the {@code tool_call} frame and the stored message show it:
 * exactly one of {@code result} (the called service's answer as it gave it) and {@code error}.
 */
public record ToolCall(String id, String name, JsonNode arguments, JsonNode result, String error) {
  public boolean failed() {
    return error != null;
  }
}
