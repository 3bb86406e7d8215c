package dev.vizzor.gateway.support;

import java.security.PublicKey;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/** The test key pair of the internal token, and verification as a service would do it. */
public final class InternalTokens {
  private InternalTokens() {}

  public static String privateKeyPem() {
    return PemKeys.text("/internal-token/ec-private.pem");
  }

  /** Verifies {@code Bearer <token>} with the gateway's public key; fails the test otherwise. */
  public static Map<String, Object> verify(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw new AssertionError("no internal bearer token: " + authorization);
    }
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setVerificationKey(publicKey())
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
            .setExpectedIssuer("vizzor-gateway")
            .setRequireExpirationTime()
            .setRequireSubject()
            .build();
    try {
      return consumer.processToClaims(authorization.substring(7)).getClaimsMap();
    } catch (Exception e) {
      throw new AssertionError("internal token did not verify", e);
    }
  }

  private static PublicKey publicKey() {
    return PemKeys.pair("EC", "/internal-token/ec").getPublic();
  }
}
