package dev.vizzor.common.identity;

import java.security.PrivateKey;
import java.time.Instant;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Signs internal tokens: ES256 compact JWS, header {@code {"alg":"ES256","typ":"JWT"}}. */
public final class InternalTokens {
  private InternalTokens() {}

  /** A token for {@code identity}, issued now by its signer (the gateway or a service). */
  public static String sign(InternalIdentity identity, Instant now, PrivateKey key) {
    return sign(InternalClaims.of(identity, now), key);
  }

  /** Any claims, for callers that adjust them (test fixtures). */
  public static String sign(JwtClaims claims, PrivateKey key) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("could not sign an internal token", e);
    }
  }
}
