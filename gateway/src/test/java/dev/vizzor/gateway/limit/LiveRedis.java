package dev.vizzor.gateway.limit;

import dev.vizzor.testsupport.RedisServerHandle;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The tests' real Redis (test-support's rules) through a plain Vert.x client, for limit classes
 * driven without an application; remembers the keys a test names and deletes them at close.
 */
final class LiveRedis implements AutoCloseable {
  final Vertx vertx = Vertx.vertx();
  final Redis client = Redis.createClient(vertx, RedisServerHandle.get().url());
  private final List<String> keys = new ArrayList<>();

  /** {@code key}, to be deleted when the test ends. */
  String key(String key) {
    keys.add(key);
    return key;
  }

  Response send(Command command, Object... args) {
    Request request = Request.cmd(command);
    for (Object arg : args) {
      request.arg(String.valueOf(arg));
    }
    try {
      return client
          .send(request)
          .toCompletionStage()
          .toCompletableFuture()
          .get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(command + " failed", e);
    }
  }

  /** Redis's own clock in Unix milliseconds: the clock the limit scripts read. */
  long nowMillis() {
    Response time = send(Command.TIME);
    return time.get(0).toLong() * 1000 + time.get(1).toLong() / 1000;
  }

  @Override
  public void close() {
    if (!keys.isEmpty()) {
      send(Command.DEL, keys.toArray());
    }
    client.close();
    vertx.close().toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join();
  }
}
