package dev.vizzor.gateway.admin;

import dev.vizzor.common.identity.Tier;
import dev.vizzor.gateway.auth.AuthConfig;
import dev.vizzor.gateway.limit.LimitKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells every gateway node about a tier change or a revocation at once, through the Redis keys the
 * admission script reads. If Redis is down, nodes learn it when their cached lookups expire.
 */
@ApplicationScoped
public class AccountSignals {
  private static final Logger LOG = Logger.getLogger(AccountSignals.class);
  private static final Duration TIER_KEPT = Duration.ofDays(1);

  private final Redis redis;
  private final AuthConfig auth;

  AccountSignals(Redis redis, AuthConfig auth) {
    this.redis = redis;
    this.auth = auth;
  }

  public Uni<Void> tierChanged(UUID accountId, Tier tier) {
    return set(LimitKeys.tier(accountId), tier.wire(), TIER_KEPT);
  }

  public Uni<Void> keyRevoked(UUID accountId, UUID keyId) {
    // Twice the cache lifetime: by then no node can still hold the key in its cache.
    return set(
        LimitKeys.revoked(accountId, Optional.of(keyId)), "1", auth.cacheTtl().multipliedBy(2));
  }

  private Uni<Void> set(String key, String value, Duration keptFor) {
    Request request =
        Request.cmd(Command.SET).arg(key).arg(value).arg("PX").arg(keptFor.toMillis());
    return Uni.createFrom()
        .completionStage(() -> redis.send(request).toCompletionStage())
        .ifNoItem()
        .after(Duration.ofSeconds(1))
        .fail()
        .replaceWithVoid()
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf(
                  "could not tell other nodes through Redis (%s); they follow within %s",
                  failure.toString(), auth.cacheTtl());
              return null;
            });
  }
}
