package dev.vizzor.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.notification.domain.PushFilter;
import dev.vizzor.notification.service.Connections;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;
import java.util.UUID;

/**
 * {@code WS /ws} (seed 000): pushes {@code {type, id, data}} messages, data as the REST API shows
 * it: the caller's own alert hits, and every scheduled prediction emitted and resolved. The upgrade
 * is authenticated like any request (through the gateway, the internal token). A client may send
 * {@code subscribe} (narrow or widen by types, symbols, tiers) and {@code resume} (what it missed
 * since the last id it saw); docs/NOTIFICATIONS.md.
 */
@WebSocket(path = "/ws")
public class PushSocket {
  private final Connections connections;
  private final CurrentIdentity identity;
  private final ObjectMapper json;

  PushSocket(Connections connections, CurrentIdentity identity, ObjectMapper json) {
    this.connections = connections;
    this.identity = identity;
    this.json = json;
  }

  @OnOpen
  public void open(WebSocketConnection connection) {
    connections.opened(identity.get().accountId(), connection);
  }

  @OnTextMessage
  public void message(WebSocketConnection connection, String text) {
    connections.heard(connection);
    JsonNode message;
    try {
      message = json.readTree(text);
    } catch (Exception notJson) {
      connections.refuse(connection, "a message must be a JSON object");
      return;
    }
    String type = message == null ? "" : message.path("type").asText("");
    try {
      switch (type) {
        case "subscribe" -> connections.subscribe(connection, PushFilter.of(message));
        case "resume" -> connections.resume(connection, lastId(message));
        case "ping" -> connections.pong(connection);
        default -> connections.refuse(connection, "type must be subscribe, resume or ping");
      }
    } catch (IllegalArgumentException bad) {
      connections.refuse(connection, bad.getMessage());
    }
  }

  @OnPongMessage
  public void pong(WebSocketConnection connection, Buffer data) {
    connections.heard(connection);
  }

  @OnClose
  public void close(WebSocketConnection connection) {
    connections.closed(connection);
  }

  private static UUID lastId(JsonNode message) {
    try {
      return UUID.fromString(message.path("lastId").asText(""));
    } catch (IllegalArgumentException notAnId) {
      throw new IllegalArgumentException("lastId must be the id of a message this socket sent");
    }
  }
}
