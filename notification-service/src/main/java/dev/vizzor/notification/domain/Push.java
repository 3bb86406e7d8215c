package dev.vizzor.notification.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/**
 * One WebSocket message, {@code {type, id, data}}, as it travels on {@code
 * vizzor.notifications.pushes}: {@code data} is the resource as the REST API shows it and {@code
 * id} the event's own id (an emission and the resolution of one prediction are two messages).
 * {@code account} is set for a private event, which only its owner receives, and null for one every
 * client may see; {@code symbol} and {@code tier} are what a subscription narrows on.
 */
public record Push(String type, UUID id, UUID account, String symbol, String tier, JsonNode data) {
  public static final String ALERT = "alert";
  public static final String PREDICTION_EMITTED = "prediction_emitted";
  public static final String PREDICTION_RESOLVED = "prediction_resolved";
  public static final String AGENT_DECISION = "agent_decision";
  public static final String AGENT_TRADE = "agent_trade";

  /** The types a client may subscribe to. */
  public static final List<String> TYPES =
      List.of(ALERT, PREDICTION_EMITTED, PREDICTION_RESOLVED, AGENT_DECISION, AGENT_TRADE);

  public boolean isPrivate() {
    return account != null;
  }
}
