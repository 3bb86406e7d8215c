package dev.vizzor.orchestrator.service;

import dev.langchain4j.model.chat.StreamingChatModel;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * One configured LLM provider: its name in {@code VIZZOR_LLM_PROVIDERS}, model and client, and the
 * free request that tells whether it is reachable ({@code GET models} with its key), empty for the
 * local analyst.
 */
public record ChatProvider(
    String name, String model, StreamingChatModel client, Optional<Probe> probe) {
  /** A request that costs nothing: the provider's model list. */
  public record Probe(URI uri, Map<String, String> headers) {}
}
