package dev.vizzor.notification.service;

import dev.vizzor.notification.domain.Push;
import dev.vizzor.notification.domain.PushFilter;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.ArrayDeque;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * One connected client: whose it is, what it subscribed to, and its outgoing messages. One message
 * is written at a time and the rest wait in a bounded queue; a client that lets the queue fill is
 * too slow to keep up and is disconnected, its queue dropped, rather than holding memory.
 */
final class Subscriber {
  private static final Logger LOG = Logger.getLogger(Subscriber.class);
  static final int TOO_SLOW = 1008;

  private final UUID account;
  private final WebSocketConnection connection;
  private final long liveFrom;
  private final int queueLimit;
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  private volatile PushFilter filter = PushFilter.EVERYTHING;
  private volatile long lastHeardNanos = System.nanoTime();
  private boolean writing;
  private boolean closed;
  private boolean resumed;

  Subscriber(UUID account, WebSocketConnection connection, long liveFrom, int queueLimit) {
    this.account = account;
    this.connection = connection;
    this.liveFrom = liveFrom;
    this.queueLimit = queueLimit;
  }

  UUID account() {
    return account;
  }

  String id() {
    return connection.id();
  }

  /** The first offset this client receives live; what it missed before comes by resuming. */
  long liveFrom() {
    return liveFrom;
  }

  void subscribe(PushFilter filter) {
    this.filter = filter;
  }

  PushFilter filter() {
    return filter;
  }

  /** Whether this client may receive {@code push} and asked for it. */
  boolean wants(Push push) {
    return (!push.isPrivate() || push.account().equals(account)) && filter.admits(push);
  }

  /** True the first time only: a connection resumes once, right after it opened. */
  synchronized boolean startResume() {
    boolean first = !resumed;
    resumed = true;
    return first;
  }

  void heard() {
    lastHeardNanos = System.nanoTime();
  }

  long lastHeardNanos() {
    return lastHeardNanos;
  }

  /** Queues {@code text}; a full queue disconnects the client instead. */
  void send(String text) {
    synchronized (this) {
      if (closed) {
        return;
      }
      if (queue.size() < queueLimit) {
        queue.addLast(text);
        if (!writing) {
          writeNext();
        }
        return;
      }
    }
    LOG.infof(
        "WebSocket %s of %s dropped: %d messages waiting", connection.id(), account, queueLimit);
    close(new CloseReason(TOO_SLOW, "too slow: " + queueLimit + " messages waiting"));
  }

  /** Drops what is queued and closes the socket (outside the lock: closing runs callbacks). */
  void close(CloseReason reason) {
    synchronized (this) {
      closed = true;
      queue.clear();
    }
    connection.close(reason).subscribe().with(done -> {}, failed -> {});
  }

  private void writeNext() {
    String next = queue.pollFirst();
    writing = next != null;
    if (next == null) {
      return;
    }
    connection.sendText(next).subscribe().with(sent -> written(), this::failed);
  }

  private synchronized void written() {
    if (!closed) {
      writeNext();
    }
  }

  private synchronized void failed(Throwable failure) {
    LOG.debugf("WebSocket %s: write failed, closing: %s", connection.id(), failure);
    closed = true;
    queue.clear();
  }
}
