package dev.vizzor.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.notification.domain.Push;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Events turned into WebSocket messages and handed to the connected clients. */
@ApplicationScoped
public class Pushes {
  private final Connections connections;
  private final ObjectMapper json;

  Pushes(Connections connections, ObjectMapper json) {
    this.connections = connections;
    this.json = json;
  }

  /** A {@code vizzor.alerts.triggered} record: the notification, for its account only. */
  public void alert(UUID account, JsonNode notification) {
    push(
        new Push(
            Push.ALERT,
            UUID.fromString(notification.path("id").asText()),
            notification,
            account,
            notification.path("symbol").asText(null),
            null));
  }

  /** A prediction emitted or resolved: for every client. */
  public void prediction(String type, UUID eventId, JsonNode prediction) {
    push(
        new Push(
            type,
            UUID.fromString(prediction.path("id").asText(eventId.toString())),
            prediction,
            null,
            prediction.path("symbol").asText(null),
            prediction.path("tier").asText(null)));
  }

  private void push(Push push) {
    ObjectNode message = json.createObjectNode().put("type", push.type());
    message.put("id", push.id().toString());
    message.set("data", push.data());
    connections.deliver(push, message.toString());
  }
}
