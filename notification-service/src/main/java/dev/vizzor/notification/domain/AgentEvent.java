package dev.vizzor.notification.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * A {@code vizzor.agents.decisions} or {@code .trades} record: its event id, which of the two (the
 * rule type it may fire, also the push's type), and the decision or trade as agent-service's API
 * shows it, whose {@code accountId} is the agent's owner.
 */
public record AgentEvent(UUID eventId, RuleType kind, JsonNode resource) {
  public UUID owner() {
    return UUID.fromString(resource.path("accountId").asText());
  }

  /** Null for a halt or resume, which concerns no one symbol. */
  public String symbol() {
    return resource.path("symbol").isTextual() ? resource.path("symbol").asText() : null;
  }

  /** The sentence of the notification it fires. */
  public String message() {
    String agent = resource.path("agent").asText();
    if (kind == RuleType.AGENT_TRADE) {
      return "Agent "
          + agent
          + " "
          + (resource.path("side").asText().equals("buy") ? "bought " : "sold ")
          + resource.path("quantity").asText()
          + " "
          + symbol()
          + " at "
          + resource.path("price").asText()
          + " USDT";
    }
    return "Agent "
        + agent
        + ": "
        + resource.path("action").asText()
        + " — "
        + resource.path("reason").asText();
  }
}
