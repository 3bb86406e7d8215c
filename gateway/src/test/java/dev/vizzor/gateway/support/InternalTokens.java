package dev.vizzor.gateway.support;

import dev.vizzor.common.identity.EcKeys;
import dev.vizzor.common.identity.InternalClaims;
import dev.vizzor.testsupport.InternalTokenFixture;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/** Verifies the internal token a fake service received, as a service would. */
public final class InternalTokens {
  private InternalTokens() {}

  /**
   * Verifies {@code Bearer <token>} with the public half of the key the gateway under test signs
   * with ({@link InternalTokenFixture}); fails the test otherwise.
   */
  public static Map<String, Object> verify(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw new AssertionError("no internal bearer token: " + authorization);
    }
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setVerificationKey(EcKeys.publicKey(InternalTokenFixture.publicKeyPem()))
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
            .setExpectedIssuer(InternalClaims.GATEWAY_ISSUER)
            .setRequireExpirationTime()
            .setRequireSubject()
            .build();
    try {
      return consumer.processToClaims(authorization.substring(7)).getClaimsMap();
    } catch (Exception e) {
      throw new AssertionError("internal token did not verify", e);
    }
  }
}
