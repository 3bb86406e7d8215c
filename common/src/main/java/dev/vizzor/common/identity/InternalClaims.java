package dev.vizzor.common.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * The internal token's claims (docs/INTERNAL-TOKEN.md), named once and written once: by the gateway
 * for a client's call, by a service for its own calls ({@link ServiceTokenSigner}), and by
 * test-support's fixture. {@link InternalTokenClaims} reads them back.
 */
public final class InternalClaims {
  /** The gateway's issuer name. */
  public static final String GATEWAY_ISSUER = "vizzor-gateway";

  /** A service's issuer name is this followed by its application name. */
  public static final String SERVICE_ISSUER_PREFIX = "vizzor-service:";

  public static final String TIER = "tier";
  public static final String CREDENTIAL = "cred";
  public static final String KEY_ID = "kid";
  public static final String MAX_TOKENS = "max_tokens";

  /** The Supabase user id ({@code sub}) a JWT credential named; only with {@code cred=jwt}. */
  public static final String SUPABASE_USER = "usr";

  /** The lifetime of every internal token. */
  public static final Duration LIFETIME = Duration.ofSeconds(120);

  private InternalClaims() {}

  public static String serviceIssuer(String service) {
    return SERVICE_ISSUER_PREFIX + service;
  }

  /** The calling service an issuer names, if it is a service's. */
  public static Optional<String> serviceOf(String issuer) {
    return issuer != null && issuer.startsWith(SERVICE_ISSUER_PREFIX)
        ? Optional.of(issuer.substring(SERVICE_ISSUER_PREFIX.length()))
        : Optional.empty();
  }

  /**
   * The claims of a token for {@code identity}, issued at {@code issuedAt} for {@link #LIFETIME}:
   * by the gateway, or by the identity's calling service.
   */
  public static JwtClaims of(InternalIdentity identity, Instant issuedAt) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(
        identity.callingService().map(InternalClaims::serviceIssuer).orElse(GATEWAY_ISSUER));
    claims.setSubject(identity.accountId().toString());
    claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
    claims.setExpirationTime(NumericDate.fromMilliseconds(issuedAt.plus(LIFETIME).toEpochMilli()));
    claims.setClaim(TIER, identity.tier().wire());
    claims.setClaim(CREDENTIAL, identity.credential().wire());
    claims.setClaim(MAX_TOKENS, identity.maxTokens());
    identity.keyId().ifPresent(keyId -> claims.setClaim(KEY_ID, keyId.toString()));
    identity.supabaseUser().ifPresent(user -> claims.setClaim(SUPABASE_USER, user));
    return claims;
  }
}
