package dev.vizzor.gateway.support;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A ticket's Redis key as the contract names it, {@code vizzor:ws-ticket:<SHA-256 hex of the
 * ticket>} (hashed with the JDK alone, not the gateway's code), read and changed through the
 * application's own Redis client.
 */
public final class WsTicketKeys {
  private final Redis redis;

  public WsTicketKeys(Redis redis) {
    this.redis = redis;
  }

  public static String key(String ticket) {
    return "vizzor:ws-ticket:" + HexFormat.of().formatHex(Sha256.of(ticket));
  }

  /** Runs {@code command} on {@code ticket}'s key with {@code args} after it; null for nil. */
  public Response send(Command command, String ticket, Object... args) {
    Request request = Request.cmd(command).arg(key(ticket));
    for (Object arg : args) {
      request.arg(String.valueOf(arg));
    }
    try {
      return redis.send(request).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(command + " failed", e);
    }
  }

  public boolean exists(String ticket) {
    return send(Command.EXISTS, ticket).toInteger() == 1;
  }

  /** Deletes an unspent ticket a test minted, leaving Redis as it found it. */
  public void delete(String ticket) {
    send(Command.DEL, ticket);
  }
}
