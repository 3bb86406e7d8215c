package dev.vizzor.notification.service;

import dev.vizzor.notification.config.NotificationConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Disconnects clients that stopped answering: the server pings every connection ({@code
 * quarkus.websockets-next.server.auto-ping-interval}) and a live client answers each ping with a
 * pong, so one silent for the idle timeout is gone without having closed its socket.
 */
@ApplicationScoped
public class SilentClients {
  private static final Logger LOG = Logger.getLogger(SilentClients.class);
  static final int GOING_AWAY = 1001;

  private final Connections connections;
  private final Vertx vertx;
  private final Duration idleTimeout;
  private long timer = -1;

  SilentClients(Connections connections, Vertx vertx, NotificationConfig config) {
    this.connections = connections;
    this.vertx = vertx;
    this.idleTimeout = config.push().idleTimeout();
  }

  void start(@Observes StartupEvent startup) {
    long every = Math.max(1, idleTimeout.toMillis() / 3);
    timer = vertx.setPeriodic(every, tick -> sweep());
  }

  void stop(@Observes ShutdownEvent shutdown) {
    vertx.cancelTimer(timer);
  }

  private void sweep() {
    int closed =
        connections.closeSilentSince(
            System.nanoTime() - idleTimeout.toNanos(),
            new CloseReason(GOING_AWAY, "silent for " + idleTimeout.toSeconds() + " s"));
    if (closed > 0) {
      LOG.infof("%d silent WebSocket client(s) disconnected", closed);
    }
  }
}
