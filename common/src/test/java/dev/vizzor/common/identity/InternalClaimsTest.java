package dev.vizzor.common.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

/**
 * What a signer writes is what a service reads back: the claims written once ({@link
 * InternalClaims}), signed ES256 ({@link InternalTokens}), verified as a standard JWT library
 * would, and read into the same identity ({@link InternalTokenClaims}).
 */
class InternalClaimsTest {
  private static final KeyPair KEYS = EcKeys.generate();
  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

  @Test
  void aGatewayIdentitySurvivesTheRoundTrip() throws Exception {
    InternalIdentity user =
        InternalIdentity.viaGateway(
            UUID.randomUUID(),
            Tier.STARTER,
            CredentialKind.API_KEY,
            Optional.of(UUID.randomUUID()),
            2048);

    JwtClaims claims = verified(InternalTokens.sign(user, NOW, KEYS.getPrivate()));

    assertEquals("vizzor-gateway", claims.getIssuer());
    assertEquals(NOW.getEpochSecond() + 120, claims.getExpirationTime().getValue());
    assertEquals("starter", claims.getStringClaimValue("tier"));
    assertEquals("api_key", claims.getStringClaimValue("cred"));
    assertEquals(user, InternalTokenClaims.identityOf(new DefaultJWTCallerPrincipal(claims)));
  }

  @Test
  void aServiceIdentityNamesTheServiceAsIssuerAndHasNoKeyId() throws Exception {
    InternalIdentity call =
        InternalIdentity.fromService("prediction-service", UUID.randomUUID(), Tier.PRO, 4096);

    JwtClaims claims = verified(InternalTokens.sign(call, NOW, KEYS.getPrivate()));

    assertEquals("vizzor-service:prediction-service", claims.getIssuer());
    assertEquals("service", claims.getStringClaimValue("cred"));
    assertEquals(false, claims.hasClaim("kid"));
    assertEquals(call, InternalTokenClaims.identityOf(new DefaultJWTCallerPrincipal(claims)));
  }

  @Test
  void aServiceCredentialFromTheGatewaysIssuerIsRefused() throws Exception {
    JwtClaims claims =
        InternalClaims.of(
            InternalIdentity.viaGateway(
                UUID.randomUUID(), Tier.PRO, CredentialKind.API_KEY, Optional.empty(), 4096),
            NOW);
    claims.setClaim("cred", "service");

    assertThrows(
        IllegalArgumentException.class,
        () -> InternalTokenClaims.identityOf(new DefaultJWTCallerPrincipal(claims)));
  }

  @Test
  void aCallingServiceGoesOnlyWithTheServiceCredential() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new InternalIdentity(
                UUID.randomUUID(),
                Tier.PRO,
                CredentialKind.JWT,
                Optional.empty(),
                4096,
                Optional.of("agent-service"),
                Optional.empty()));
  }

  @Test
  void aSupabaseJwtNamesItsUserAndOnlyAJwtDoes() throws Exception {
    InternalIdentity user =
        InternalIdentity.viaGateway(
                UUID.randomUUID(), Tier.FREE, CredentialKind.JWT, Optional.empty(), 1024)
            .withSupabaseUser("550e8400-e29b-41d4-a716-446655440000");

    JwtClaims claims = verified(InternalTokens.sign(user, NOW, KEYS.getPrivate()));

    assertEquals("550e8400-e29b-41d4-a716-446655440000", claims.getStringClaimValue("usr"));
    assertEquals(user, InternalTokenClaims.identityOf(new DefaultJWTCallerPrincipal(claims)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            InternalIdentity.viaGateway(
                    UUID.randomUUID(), Tier.PRO, CredentialKind.API_KEY, Optional.empty(), 4096)
                .withSupabaseUser("550e8400-e29b-41d4-a716-446655440000"));
  }

  private static JwtClaims verified(String token) throws Exception {
    return new JwtConsumerBuilder()
        .setVerificationKey(KEYS.getPublic())
        .setJwsAlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
        .setEvaluationTime(org.jose4j.jwt.NumericDate.fromSeconds(NOW.getEpochSecond()))
        .setRequireExpirationTime()
        .build()
        .processToClaims(token);
  }
}
