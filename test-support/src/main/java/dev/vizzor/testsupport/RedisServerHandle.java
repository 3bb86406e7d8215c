package dev.vizzor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import redis.embedded.RedisServer;

/**
 * The Redis tests run against: the one named by {@code VIZZOR_REDIS_URL} (default 127.0.0.1:6379)
 * when it answers, otherwise a real redis-server binary from Maven Central started once per JVM.
 */
public final class RedisServerHandle {
  private static RedisServerHandle instance;

  private final String url;
  private final boolean embedded;

  private RedisServerHandle(String url, boolean embedded) {
    this.url = url;
    this.embedded = embedded;
  }

  public static synchronized RedisServerHandle get() {
    if (instance == null) {
      instance = locate();
    }
    return instance;
  }

  private static RedisServerHandle locate() {
    String configured = PostgresServer.env("VIZZOR_REDIS_URL", "redis://127.0.0.1:6379");
    URI uri = URI.create(configured);
    int port = uri.getPort() < 0 ? 6379 : uri.getPort();
    if (!Boolean.getBoolean("vizzor.test.embedded") && Ports.answers(uri.getHost(), port)) {
      return new RedisServerHandle(configured, false);
    }
    return startEmbedded();
  }

  /** Starts a private embedded Redis, whatever is configured. */
  public static RedisServerHandle startEmbedded() {
    int port = Ports.free();
    try {
      RedisServer server = embeddedServer(port);
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server)));
      return new RedisServerHandle("redis://127.0.0.1:" + port, true);
    } catch (IOException e) {
      throw new UncheckedIOException("no Redis answers and the embedded one did not start", e);
    }
  }

  /** A loopback embedded redis-server on {@code port} that keeps nothing on disk (not started). */
  public static RedisServer embeddedServer(int port) throws IOException {
    return RedisServer.newRedisServer()
        .port(port)
        .bind("127.0.0.1")
        .setting("save \"\"")
        .setting("appendonly no")
        .build();
  }

  private static void stopQuietly(RedisServer server) {
    try {
      server.stop();
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }

  public String url() {
    return url;
  }

  public boolean embedded() {
    return embedded;
  }
}
