package dev.vizzor.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.notification.config.NotificationConfig;
import dev.vizzor.notification.domain.Push;
import dev.vizzor.notification.domain.PushFilter;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The WebSocket clients connected to this replica, and the messages they are sent. A private
 * message goes to its owner's connections only, a public one to every connection, each as its
 * subscription allows. Every replica reads every message in the same order (docs/NOTIFICATIONS.md),
 * keeping the newest in a window a reconnecting client resumes from. One lock orders recording a
 * message, delivering it and resuming, so a resume can neither skip a message nor repeat one.
 */
@ApplicationScoped
public class Connections {
  private final ObjectMapper json;
  private final int queueLimit;
  private final PushWindow window;
  private final Map<String, Subscriber> byConnection = new HashMap<>();
  private final Map<UUID, Set<Subscriber>> byAccount = new HashMap<>();

  Connections(ObjectMapper json, NotificationConfig config) {
    this.json = json;
    this.queueLimit = config.push().queueLimit();
    this.window = new PushWindow(config.push().window());
  }

  public synchronized void opened(UUID account, WebSocketConnection connection) {
    Subscriber subscriber = new Subscriber(account, connection, window.next(), queueLimit);
    byConnection.put(connection.id(), subscriber);
    byAccount.computeIfAbsent(account, a -> new LinkedHashSet<>()).add(subscriber);
  }

  public synchronized void closed(WebSocketConnection connection) {
    Subscriber gone = byConnection.remove(connection.id());
    if (gone != null) {
      Set<Subscriber> theirs = byAccount.get(gone.account());
      theirs.remove(gone);
      if (theirs.isEmpty()) {
        byAccount.remove(gone.account());
      }
    }
  }

  public synchronized int count() {
    return byConnection.size();
  }

  /**
   * A message read at {@code offset}: kept in the window and, when {@code live}, sent to every
   * client that wants it. Messages read back at startup only fill the window.
   */
  public synchronized void publish(long offset, Push push, boolean live) {
    if (offset < window.next()) {
      return; // read again after the partition was reassigned
    }
    PushWindow.Entry entry = new PushWindow.Entry(offset, push, message(push));
    window.add(entry);
    if (!live) {
      return;
    }
    // copies: a client dropped as too slow leaves these maps while the loop runs
    Collection<Subscriber> targets =
        List.copyOf(
            push.isPrivate()
                ? byAccount.getOrDefault(push.account(), Set.of())
                : byConnection.values());
    for (Subscriber subscriber : targets) {
      if (subscriber.wants(push)) {
        subscriber.send(entry.text());
      }
    }
  }

  /** Replaces what the client receives from now on, and says so. */
  public void subscribe(WebSocketConnection connection, PushFilter filter) {
    subscriber(connection)
        .ifPresent(
            s -> {
              s.subscribe(filter);
              s.send(control("subscribed", filter.describe()));
            });
  }

  /**
   * Sends the client what it was meant to receive after {@code lastId} and before it connected,
   * then {@code resumed} saying how many and whether the window still held {@code lastId} (if not,
   * older messages may be missing: the REST API has them).
   */
  public synchronized void resume(WebSocketConnection connection, UUID lastId) {
    Subscriber s = byConnection.get(connection.id());
    if (s == null) {
      return;
    }
    if (!s.startResume()) {
      refuse(connection, "resume: a connection resumes once, before anything else");
      return;
    }
    int replayed = 0;
    for (PushWindow.Entry entry : window.after(lastId, s.liveFrom())) {
      if (s.wants(entry.push())) {
        s.send(entry.text());
        replayed++;
      }
    }
    ObjectNode data = json.createObjectNode().put("lastId", lastId.toString());
    data.put("replayed", replayed).put("complete", window.holds(lastId));
    s.send(control("resumed", data));
  }

  /** Answers a message the client should not have sent, leaving the connection open. */
  public void refuse(WebSocketConnection connection, String message) {
    ObjectNode data = json.createObjectNode().put("code", "invalid_request");
    data.put("message", message);
    subscriber(connection).ifPresent(s -> s.send(control("error", data)));
  }

  /** Answers a client's {@code ping} (a browser cannot see the socket's own pings). */
  public void pong(WebSocketConnection connection) {
    subscriber(connection).ifPresent(s -> s.send(control("pong", json.nullNode())));
  }

  /** The client answered a ping or sent something: it is alive. */
  public void heard(WebSocketConnection connection) {
    subscriber(connection).ifPresent(Subscriber::heard);
  }

  /** Disconnects the clients silent since before {@code cutoffNanos}; how many. */
  public int closeSilentSince(long cutoffNanos, CloseReason reason) {
    List<Subscriber> silent = new ArrayList<>();
    synchronized (this) {
      for (Subscriber s : byConnection.values()) {
        if (s.lastHeardNanos() - cutoffNanos < 0) {
          silent.add(s);
        }
      }
    }
    silent.forEach(s -> s.close(reason));
    return silent.size();
  }

  private synchronized Optional<Subscriber> subscriber(WebSocketConnection connection) {
    return Optional.ofNullable(byConnection.get(connection.id()));
  }

  private String message(Push push) {
    ObjectNode message = json.createObjectNode().put("type", push.type());
    message.put("id", push.id().toString());
    message.set("data", push.data());
    return message.toString();
  }

  private String control(String type, JsonNode data) {
    ObjectNode message = json.createObjectNode().put("type", type);
    message.putNull("id");
    message.set("data", data);
    return message.toString();
  }
}
