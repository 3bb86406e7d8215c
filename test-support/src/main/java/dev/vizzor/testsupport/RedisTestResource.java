package dev.vizzor.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the Quarkus Redis client at the real Redis chosen by {@link RedisServerHandle}. */
public class RedisTestResource implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    return Map.of("quarkus.redis.hosts", RedisServerHandle.get().url());
  }

  @Override
  public void stop() {
    // nothing: the server is shared by the whole test JVM and stops with it
  }
}
