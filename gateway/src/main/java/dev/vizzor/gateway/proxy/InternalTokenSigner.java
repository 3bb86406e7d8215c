package dev.vizzor.gateway.proxy;

import dev.vizzor.gateway.account.Tier;
import dev.vizzor.gateway.auth.Principal;
import dev.vizzor.gateway.limit.LimitsConfig;
import dev.vizzor.gateway.limit.TierTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs the short-lived ES256 token that replaces the client's credential on the way to a service:
 * {@code sub} = account id, {@code tier}, {@code cred} (credential kind), {@code kid} (key id, when
 * a key was used), {@code max_tokens} (the tier's). A token is reused for half its lifetime per
 * identity, so an ECDSA signature is not paid on every request.
 */
@ApplicationScoped
public class InternalTokenSigner {
  private static final Logger LOG = Logger.getLogger(InternalTokenSigner.class);

  private record Identity(UUID account, Tier tier, String credential, String keyId) {}

  private record Signed(String token, long reuseUntilMillis) {}

  private final PrivateKey key;
  private final InternalTokenConfig config;
  private final LimitsConfig limits;
  private final ConcurrentHashMap<Identity, Signed> recent = new ConcurrentHashMap<>();

  InternalTokenSigner(InternalTokenConfig config, LimitsConfig limits) {
    this.config = config;
    this.limits = limits;
    this.key = config.privateKey().map(InternalTokenSigner::parse).orElseGet(this::generated);
  }

  public String tokenFor(Principal principal, Tier tier) {
    return cached(
        new Identity(
            principal.accountId(),
            tier,
            principal.kind().claim(),
            principal.keyId().map(UUID::toString).orElse(null)));
  }

  /** A token for a request that carries no user (the signed webhook). */
  public String anonymousToken() {
    return cached(new Identity(new UUID(0, 0), Tier.FREE, "webhook_hmac", null));
  }

  private String cached(Identity identity) {
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
                    : new Signed(sign(id, now), now + config.lifetime().toMillis() / 2))
        .token();
  }

  private String sign(Identity identity, long now) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(config.issuer());
    claims.setSubject(identity.account().toString());
    claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromMilliseconds(now));
    claims.setExpirationTime(
        org.jose4j.jwt.NumericDate.fromMilliseconds(now + config.lifetime().toMillis()));
    claims.setClaim("tier", identity.tier().id());
    claims.setClaim("cred", identity.credential());
    claims.setClaim("max_tokens", TierTable.limitsOf(limits, identity.tier()).maxTokens());
    if (identity.keyId() != null) {
      claims.setClaim("kid", identity.keyId());
    }
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("could not sign the internal token", e);
    }
  }

  private static PrivateKey parse(String pem) {
    String base64 =
        pem.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("EC")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (Exception e) {
      throw new IllegalStateException(
          "vizzor.gateway.internal-token.private-key is not a PKCS#8 EC private key", e);
    }
  }

  private PrivateKey generated() {
    LOG.warn(
        "no VIZZOR_INTERNAL_JWT_PRIVATE_KEY: signing internal tokens with a key made at start;"
            + " services can only verify them if given its public key");
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = generator.generateKeyPair();
      return pair.getPrivate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
