package dev.vizzor.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.time.Duration;

/**
 * Keeps the client's leg of a relayed WebSocket honest. The service's pings are answered by this
 * gateway, not by the client, so the gateway pings the client itself and closes a socket silent (no
 * pong, no frame) for the idle timeout: a client that vanished without closing frees its
 * concurrency slot and its service connection instead of holding them.
 */
final class ClientWatch {
  static final short GOING_AWAY = 1001;

  private final Vertx vertx;
  private final ServerWebSocket client;
  private final long silentNanos;
  private final Runnable silenced;
  private final long timer;
  private volatile long lastHeard = System.nanoTime();

  /**
   * {@code silenced} runs when the client is given up on: its close handshake cannot complete (the
   * client is gone), so what it holds is let go at once rather than after the closing timeout.
   */
  ClientWatch(
      Vertx vertx,
      ServerWebSocket client,
      Duration pingEvery,
      Duration silentFor,
      Runnable silenced) {
    this.vertx = vertx;
    this.client = client;
    this.silenced = silenced;
    this.silentNanos = silentFor.toNanos();
    client.pongHandler(pong -> heard());
    this.timer = vertx.setPeriodic(Math.max(1, pingEvery.toMillis()), id -> check(silentFor));
  }

  void heard() {
    lastHeard = System.nanoTime();
  }

  void stop() {
    vertx.cancelTimer(timer);
  }

  private void check(Duration silentFor) {
    if (System.nanoTime() - lastHeard > silentNanos) {
      stop();
      client.close(GOING_AWAY, "silent for " + silentFor.toSeconds() + " s");
      silenced.run();
    } else {
      client.writePing(Buffer.buffer());
    }
  }
}
