package dev.vizzor.gateway.proxy;

import dev.vizzor.common.identity.CredentialKind;
import dev.vizzor.common.identity.EcKeys;
import dev.vizzor.common.identity.InternalClaims;
import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.common.identity.InternalTokens;
import dev.vizzor.common.identity.Tier;
import dev.vizzor.gateway.auth.Principal;
import dev.vizzor.gateway.limit.LimitsConfig;
import dev.vizzor.gateway.limit.TierTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Signs the short-lived ES256 token that replaces the client's credential on the way to a service
 * (docs/INTERNAL-TOKEN.md; claims written by common's {@code InternalClaims}): the account, its
 * tier and the tier's {@code max_tokens}, the credential kind and the key id when a key was used. A
 * token is reused for half its lifetime per identity, so an ECDSA signature is not paid on every
 * request.
 */
@ApplicationScoped
public class InternalTokenSigner {
  private static final Logger LOG = Logger.getLogger(InternalTokenSigner.class);
  private static final UUID NO_USER = new UUID(0, 0);

  private record Signed(String token, long reuseUntilMillis) {}

  private final PrivateKey key;
  private final Map<Tier, Integer> maxTokens = new EnumMap<>(Tier.class);
  private final ConcurrentHashMap<InternalIdentity, Signed> recent = new ConcurrentHashMap<>();

  InternalTokenSigner(InternalTokenConfig config, LimitsConfig limits) {
    // Looked up once rather than per request: the token is built for every proxied call.
    for (Tier tier : Tier.values()) {
      maxTokens.put(tier, TierTable.limitsOf(limits, tier).maxTokens());
    }
    this.key = config.privateKey().map(InternalTokenSigner::parse).orElseGet(this::generated);
  }

  public String tokenFor(Principal principal, Tier tier) {
    InternalIdentity identity =
        InternalIdentity.viaGateway(
            principal.accountId(), tier, principal.kind(), principal.keyId(), maxTokens.get(tier));
    return cached(principal.supabaseUser().map(identity::withSupabaseUser).orElse(identity));
  }

  /** A token for an operator's admin call on an account (a credit top-up, say). */
  public String operatorToken(UUID accountId, Tier tier) {
    return cached(
        InternalIdentity.viaGateway(
            accountId, tier, CredentialKind.OPERATOR, Optional.empty(), maxTokens.get(tier)));
  }

  /**
   * A token for an operator's admin call that acts on no one account (a halt of every agent of
   * every account). The token must name an account, so it names the nil UUID, which no account has
   * (their ids are random v4 UUIDs): a service can never mistake the call for an account's own. The
   * tier is the top one, so no tier rule in a service treats the operator as a small customer; a
   * service authorizes such a call by {@code cred=operator} alone.
   */
  public String operatorTokenForEveryAccount() {
    return operatorToken(NO_USER, Tier.ENTERPRISE);
  }

  /** A token for a request that carries no user (the signed webhook). */
  public String anonymousToken() {
    return cached(
        InternalIdentity.viaGateway(
            NO_USER,
            Tier.FREE,
            CredentialKind.WEBHOOK_HMAC,
            Optional.empty(),
            maxTokens.get(Tier.FREE)));
  }

  private String cached(InternalIdentity identity) {
    long now = System.currentTimeMillis();
    if (recent.size() > 100_000) {
      recent.clear();
    }
    return recent
        .compute(
            identity,
            (id, old) ->
                old != null && old.reuseUntilMillis() >= now
                    ? old
                    : new Signed(
                        InternalTokens.sign(id, Instant.ofEpochMilli(now), key),
                        now + InternalClaims.LIFETIME.toMillis() / 2))
        .token();
  }

  private static PrivateKey parse(String pem) {
    try {
      return EcKeys.privateKey(pem);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "vizzor.gateway.internal-token.private-key is not a PKCS#8 EC private key", e);
    }
  }

  private PrivateKey generated() {
    LOG.warn(
        "no VIZZOR_INTERNAL_JWT_PRIVATE_KEY: signing internal tokens with a key made at start;"
            + " services can only verify them if given its public key");
    return EcKeys.generate().getPrivate();
  }
}
