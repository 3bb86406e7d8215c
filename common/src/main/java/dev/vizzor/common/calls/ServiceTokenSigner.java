package dev.vizzor.common.calls;

import dev.vizzor.common.identity.EcKeys;
import dev.vizzor.common.identity.InternalClaims;
import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.common.identity.InternalTokens;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs this service's own tokens with its key ({@code VIZZOR_SERVICE_JWT_PRIVATE_KEY}), issuer
 * {@code vizzor-service:<its name>}. A token is reused for half its lifetime per identity, as the
 * gateway does, so a busy caller does not pay an ECDSA signature per call and the callee verifies
 * each token once.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.smallrye-jwt.enabled", stringValue = "true")
public class ServiceTokenSigner {
  private static final int MAX_REMEMBERED = 10_000;

  private record Signed(String token, Instant reuseUntil) {}

  private final Optional<PrivateKey> key;
  private final Clock clock;
  private final ConcurrentHashMap<InternalIdentity, Signed> recent = new ConcurrentHashMap<>();

  ServiceTokenSigner(ServiceTokenConfig config, Clock clock) {
    this.key = config.privateKey().map(EcKeys::privateKey);
    this.clock = clock;
  }

  /**
   * @throws IllegalStateException when this service was given no signing key
   */
  String tokenFor(InternalIdentity identity) {
    PrivateKey signing =
        key.orElseThrow(
            () ->
                new IllegalStateException(
                    "VIZZOR_SERVICE_JWT_PRIVATE_KEY is not set: this service cannot call other"
                        + " services"));
    Instant now = clock.instant();
    if (recent.size() > MAX_REMEMBERED) {
      recent.clear();
    }
    return recent
        .compute(
            identity,
            (id, old) ->
                old != null && now.isBefore(old.reuseUntil())
                    ? old
                    : new Signed(
                        InternalTokens.sign(id, now, signing),
                        now.plus(InternalClaims.LIFETIME.dividedBy(2))))
        .token();
  }
}
