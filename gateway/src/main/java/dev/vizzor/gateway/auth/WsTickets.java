package dev.vizzor.gateway.auth;

import dev.vizzor.gateway.account.KeyMinter;
import io.smallrye.mutiny.Uni;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Single-use WebSocket tickets, for browsers, which cannot set headers on an upgrade: a ticket is
 * minted for an authenticated principal and opens one socket as that principal within its TTL.
 * Tickets live in the shared Redis under their SHA-256 (a Redis dump holds no usable ticket), and
 * are redeemed with GETDEL, so across every replica a ticket opens at most one socket.
 */
@ApplicationScoped
public class WsTickets {
  private static final String KEY_PREFIX = "vizzor:ws-ticket:";
  private static final String SOCKET_PATH = "/ws?" + CredentialExtractor.TICKET_PARAMETER + "=";

  /** Exactly what {@link KeyMinter#randomSecret} makes: anything else is refused unlooked-up. */
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final Redis redis;
  private final WsTicketConfig config;
  private final Clock clock;

  WsTickets(Redis redis, WsTicketConfig config, Clock clock) {
    this.redis = redis;
    this.config = config;
    this.clock = clock;
  }

  /** A new ticket for {@code principal}; fails when Redis does not store it in time. */
  public Uni<WsTicket> mint(Principal principal) {
    String ticket = KeyMinter.randomSecret();
    // Rounded down: a client that trusts expiresAt never presents a ticket Redis has dropped.
    String expiresAt =
        clock.instant().plus(config.ttl()).truncatedTo(ChronoUnit.SECONDS).toString();
    Request store =
        Request.cmd(Command.SET)
            .arg(key(ticket))
            .arg(PrincipalJson.encode(principal))
            .arg("PX")
            .arg(config.ttl().toMillis());
    return send(store).map(stored -> new WsTicket(ticket, expiresAt, SOCKET_PATH + ticket));
  }

  /**
   * The principal {@code ticket} was minted for, spending the ticket; {@link AuthenticationFailed}
   * for a malformed, unknown, spent or expired ticket, and while Redis cannot answer.
   */
  public Uni<Principal> redeem(String ticket) {
    if (!SHAPE.matcher(ticket).matches()) {
      return Uni.createFrom().failure(new AuthenticationFailed("not a well-formed ticket"));
    }
    return send(Request.cmd(Command.GETDEL).arg(key(ticket)))
        .onFailure()
        .transform(failure -> new AuthenticationFailed("ticket store unreachable: " + failure))
        .map(
            stored -> {
              if (stored == null) {
                throw new AuthenticationFailed("unknown, spent or expired ticket");
              }
              return PrincipalJson.decode(stored.toString());
            });
  }

  private Uni<Response> send(Request request) {
    return Uni.createFrom()
        .completionStage(() -> redis.send(request).toCompletionStage())
        .ifNoItem()
        .after(config.redisTimeout())
        .fail();
  }

  private static String key(String ticket) {
    return KEY_PREFIX + HexFormat.of().formatHex(KeyMinter.hash(ticket));
  }
}
