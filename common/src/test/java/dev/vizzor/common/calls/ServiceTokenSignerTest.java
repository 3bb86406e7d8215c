package dev.vizzor.common.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vizzor.common.identity.EcKeys;
import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.common.identity.Tier;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

/**
 * A service's own tokens: signed with its key, reused for half their 120 s life, then new ones, so
 * work that lasts longer than any one token (a chat stream) keeps calling with a valid one.
 */
class ServiceTokenSignerTest {
  private static final KeyPair KEYS = EcKeys.generate();
  private static final Instant START = Instant.parse("2026-12-04T12:00:00Z");
  private static final InternalIdentity CALL =
      InternalIdentity.fromService("orchestrator-service", UUID.randomUUID(), Tier.PRO, 4096);

  private Instant now = START;
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };

  @Test
  void aTokenIsReusedForHalfItsLifeThenANewOneIsSigned() throws Exception {
    ServiceTokenSigner signer = signer(Optional.of(EcKeys.pem(KEYS.getPrivate())));

    String first = signer.tokenFor(CALL);
    now = START.plus(Duration.ofSeconds(59));
    assertEquals(first, signer.tokenFor(CALL));

    now = START.plus(Duration.ofSeconds(61));
    String second = signer.tokenFor(CALL);
    assertNotEquals(first, second);

    // ten minutes of work: every token it is handed is valid when handed out
    for (int minute = 1; minute <= 10; minute++) {
      now = START.plus(Duration.ofMinutes(minute));
      JwtClaims claims = verifiedAt(signer.tokenFor(CALL), now);
      assertEquals("vizzor-service:orchestrator-service", claims.getIssuer());
      assertEquals(CALL.accountId().toString(), claims.getSubject());
    }
  }

  @Test
  void withoutASigningKeyACallSaysWhatIsMissing() {
    ServiceTokenSigner signer = signer(Optional.empty());

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> signer.tokenFor(CALL));
    assertEquals(
        "VIZZOR_SERVICE_JWT_PRIVATE_KEY is not set: this service cannot call other services",
        refused.getMessage());
  }

  private ServiceTokenSigner signer(Optional<String> privateKey) {
    return new ServiceTokenSigner(
        new ServiceTokenConfig() {
          @Override
          public Optional<String> privateKey() {
            return privateKey;
          }

          @Override
          public Optional<String> publicKeys() {
            return Optional.empty();
          }
        },
        clock);
  }

  private static JwtClaims verifiedAt(String token, Instant at) throws Exception {
    return new JwtConsumerBuilder()
        .setVerificationKey(KEYS.getPublic())
        .setJwsAlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
        .setEvaluationTime(NumericDate.fromSeconds(at.getEpochSecond()))
        .setAllowedClockSkewInSeconds(0)
        .setRequireExpirationTime()
        .build()
        .processToClaims(token);
  }
}
