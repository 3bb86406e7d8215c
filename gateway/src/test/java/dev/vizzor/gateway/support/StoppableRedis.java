package dev.vizzor.gateway.support;

import dev.vizzor.testsupport.Ports;
import dev.vizzor.testsupport.RedisServerHandle;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import redis.embedded.RedisServer;

/**
 * A private real Redis (embedded binary, no persistence) that a test may stop and start again on
 * the same port, to prove what the gateway does while Redis is gone and after it returns.
 */
public class StoppableRedis implements QuarkusTestResourceLifecycleManager {
  private static final int PORT = Ports.free();
  private static RedisServer server;

  @Override
  public Map<String, String> start() {
    startRedis();
    return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + PORT);
  }

  @Override
  public void stop() {
    stopRedis();
  }

  public static synchronized void startRedis() {
    try {
      server = RedisServerHandle.embeddedServer(PORT);
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized void stopRedis() {
    try {
      if (server != null) {
        server.stop();
        server = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
