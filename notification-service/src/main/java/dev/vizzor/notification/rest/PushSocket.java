package dev.vizzor.notification.rest;

import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.notification.service.Connections;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * {@code WS /ws} (seed 000): pushes {@code {type, id, data}} messages, data as the REST API shows
 * it: the caller's own alert hits, and every scheduled prediction emitted and resolved. The upgrade
 * is authenticated like any request (through the gateway, the internal token).
 */
@WebSocket(path = "/ws")
public class PushSocket {
  private final Connections connections;
  private final CurrentIdentity identity;

  PushSocket(Connections connections, CurrentIdentity identity) {
    this.connections = connections;
    this.identity = identity;
  }

  @OnOpen
  public void open(WebSocketConnection connection) {
    connections.opened(identity.get().accountId(), connection);
  }

  @OnClose
  public void close(WebSocketConnection connection) {
    connections.closed(connection);
  }
}
