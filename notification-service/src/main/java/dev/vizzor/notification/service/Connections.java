package dev.vizzor.notification.service;

import dev.vizzor.notification.domain.Push;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The WebSocket clients connected to this replica and whose they are. A private event goes to its
 * owner's connections only; a public one to every connection. Every replica reads every event
 * (docs/NOTIFICATIONS.md), so a client receives its events whichever replica it is connected to.
 */
@ApplicationScoped
public class Connections {
  private static final Logger LOG = Logger.getLogger(Connections.class);

  private record Client(UUID account, WebSocketConnection connection) {}

  private final Map<String, Client> open = new ConcurrentHashMap<>();

  public void opened(UUID account, WebSocketConnection connection) {
    open.put(connection.id(), new Client(account, connection));
  }

  public void closed(WebSocketConnection connection) {
    open.remove(connection.id());
  }

  public int count() {
    return open.size();
  }

  /** Sends {@code message} (the push as JSON) to each connection entitled to it. */
  public void deliver(Push push, String message) {
    for (Client client : open.values()) {
      if (push.account() == null || push.account().equals(client.account())) {
        client
            .connection()
            .sendText(message)
            .subscribe()
            .with(
                sent -> {},
                failed ->
                    LOG.debugf(
                        "push %s to %s failed: %s", push.id(), client.connection().id(), failed));
      }
    }
  }
}
