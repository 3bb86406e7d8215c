package dev.vizzor.cli;

import java.io.IOException;
import java.net.URI;
import redis.embedded.RedisServer;

/**
 * The Redis the services use: {@code VIZZOR_REDIS_URL} if set, else 127.0.0.1:6379 if it answers,
 * else an embedded real redis-server (no persistence: it only holds caches and limits).
 */
public final class RedisProvider {
  private static final int LOCAL_PORT = 6379;

  /** Where Redis is, plus the embedded server to stop, if this suite started one. */
  public record Redis(String url, InfraEndpoint endpoint, RedisServer embedded) {
    public void close() {
      if (embedded == null) {
        return;
      }
      try {
        embedded.stop();
      } catch (IOException e) {
        System.err.println("Embedded Redis did not stop cleanly: " + e.getMessage());
      }
    }
  }

  private final ChildRegistry registry;

  public RedisProvider(ChildRegistry registry) {
    this.registry = registry;
  }

  /** {@code forceEmbedded} skips the local-server probe; a configured URL still wins. */
  public Redis provide(boolean forceEmbedded) {
    var configured = Env.get("VIZZOR_REDIS_URL");
    if (configured.isPresent()) {
      URI uri = URI.create(configured.get());
      int port = uri.getPort() < 0 ? LOCAL_PORT : uri.getPort();
      if (!Ports.answers(uri.getHost(), port)) {
        throw new IllegalStateException(
            "VIZZOR_REDIS_URL="
                + configured.get()
                + " does not answer on "
                + uri.getHost()
                + ":"
                + port);
      }
      return new Redis(
          configured.get(),
          InfraEndpoint.external("Redis", uri.getHost() + ":" + port, "VIZZOR_REDIS_URL"),
          null);
    }
    if (!forceEmbedded && Ports.answers("127.0.0.1", LOCAL_PORT)) {
      return new Redis(
          "redis://127.0.0.1:" + LOCAL_PORT,
          InfraEndpoint.external("Redis", "127.0.0.1:" + LOCAL_PORT, "local server"),
          null);
    }
    return startEmbedded();
  }

  private Redis startEmbedded() {
    int port = Ports.free();
    try {
      RedisServer server =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("save \"\"")
              .setting("appendonly no")
              .build();
      server.start();
      // The library does not expose the pid; the redis-server is our direct child.
      ProcessHandle.current()
          .children()
          .filter(p -> p.info().command().map(c -> c.contains("redis")).orElse(false))
          .forEach(p -> registry.record(p, "redis"));
      String address = "127.0.0.1:" + port;
      return new Redis(
          "redis://" + address, InfraEndpoint.embedded("Redis", address, "redis-server"), server);
    } catch (IOException e) {
      throw new IllegalStateException("embedded Redis did not start: " + e.getMessage(), e);
    }
  }
}
