package dev.vizzor.gateway.auth.jwt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static dev.vizzor.gateway.auth.jwt.TestTokens.HS256_SECRET;
import static dev.vizzor.gateway.auth.jwt.TestTokens.ISSUER;
import static dev.vizzor.gateway.auth.jwt.TestTokens.SUBJECT;
import static dev.vizzor.gateway.auth.jwt.TestTokens.jwks;
import static dev.vizzor.gateway.auth.jwt.TestTokens.jwt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.vizzor.gateway.auth.jwt.TestTokens.SigningKey;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The verifier built directly on a Vert.x instance, with a WireMock JWKS and a movable clock. */
class SupabaseJwtVerifierTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final SigningKey EC = SigningKey.ec("ec-2026-03");
  static final SigningKey RSA = SigningKey.rsa("rsa-2026-03");
  static final BadTokens BAD_TOKENS = new BadTokens(EC, RSA);

  static Vertx vertx;
  static JwksStub jwksStub;

  TestClock clock;
  final List<SupabaseJwtVerifier> verifiers = new ArrayList<>();

  @BeforeAll
  static void startVertxAndJwks() {
    vertx = Vertx.vertx();
    jwksStub = new JwksStub();
  }

  @AfterAll
  static void stopVertxAndJwks() {
    jwksStub.close();
    vertx.closeAndAwait();
  }

  @BeforeEach
  void freshJwksAndClock() {
    jwksStub.reset();
    jwksStub.serve(BAD_TOKENS.jwks());
    clock = new TestClock(NOW);
  }

  @AfterEach
  void closeVerifiers() {
    verifiers.forEach(SupabaseJwtVerifier::close);
  }

  /** Both key sources and the issuer configured; an override with a null value removes a key. */
  SupabaseJwtVerifier verifier(String... overrides) {
    Map<String, String> properties = new HashMap<>();
    properties.put("vizzor.gateway.jwt.hs256-secret", HS256_SECRET);
    properties.put("vizzor.gateway.jwt.jwks-url", jwksStub.url());
    properties.put("vizzor.gateway.jwt.issuer", ISSUER);
    for (int i = 0; i < overrides.length; i += 2) {
      if (overrides[i + 1] == null) {
        properties.remove(overrides[i]);
      } else {
        properties.put(overrides[i], overrides[i + 1]);
      }
    }
    SupabaseJwtVerifier verifier = new SupabaseJwtVerifier(config(properties), vertx, clock);
    verifiers.add(verifier);
    return verifier;
  }

  static JwtConfig config(Map<String, String> properties) {
    return new SmallRyeConfigBuilder()
        .withConverter(Duration.class, 100, new DurationConverter()) // "60s" as Quarkus reads it
        .withMapping(JwtConfig.class)
        .withSources(new PropertiesConfigSource(properties, "test", 100))
        .build()
        .getConfigMapping(JwtConfig.class);
  }

  static VerifiedJwt accepted(SupabaseJwtVerifier verifier, String token) {
    return verifier.verify(token).await().atMost(Duration.ofSeconds(10));
  }

  static Rejection rejected(SupabaseJwtVerifier verifier, String token) {
    return assertThrows(JwtRejectedException.class, () -> accepted(verifier, token)).category();
  }

  @Nested
  class AcceptedTokens {
    @Test
    void hs256WithTheLegacySecret() {
      VerifiedJwt verified = accepted(verifier(), jwt(NOW).signedWithSecret(HS256_SECRET));
      assertEquals(new VerifiedJwt(SUBJECT, NOW.plusSeconds(3600)), verified);
      assertEquals(0, jwksStub.requests(), "HS256 needs no JWKS");
    }

    @Test
    void hs256WithAKidThatIsNoJwksKey() {
      // Supabase puts a kid on legacy HS256 tokens too; it names no key of the JWKS.
      String token = jwt(NOW).header("kid", "legacy-hs256").signedWithSecret(HS256_SECRET);
      assertEquals(SUBJECT, accepted(verifier(), token).subject());
    }

    @Test
    void es256WithKid() {
      assertEquals(SUBJECT, accepted(verifier(), jwt(NOW).signedWith(EC)).subject());
    }

    @Test
    void rs256WithKid() {
      assertEquals(SUBJECT, accepted(verifier(), jwt(NOW).signedWith(RSA)).subject());
    }

    @Test
    void eachKeySourceAlone() {
      SupabaseJwtVerifier secretOnly = verifier("vizzor.gateway.jwt.jwks-url", null);
      SupabaseJwtVerifier jwksOnly = verifier("vizzor.gateway.jwt.hs256-secret", null);
      String hs256 = jwt(NOW).signedWithSecret(HS256_SECRET);
      String es256 = jwt(NOW).signedWith(EC);

      assertEquals(SUBJECT, accepted(secretOnly, hs256).subject());
      assertEquals(Rejection.ALGORITHM_NOT_ALLOWED, rejected(secretOnly, es256));
      assertEquals(SUBJECT, accepted(jwksOnly, es256).subject());
      assertEquals(Rejection.ALGORITHM_NOT_ALLOWED, rejected(jwksOnly, hs256));
    }

    @Test
    void neitherKeySourceRefusesEverything() {
      SupabaseJwtVerifier none =
          verifier("vizzor.gateway.jwt.jwks-url", null, "vizzor.gateway.jwt.hs256-secret", null);
      assertEquals(
          Rejection.ALGORITHM_NOT_ALLOWED, rejected(none, jwt(NOW).signedWithSecret(HS256_SECRET)));
      assertEquals(Rejection.ALGORITHM_NOT_ALLOWED, rejected(none, jwt(NOW).signedWith(RSA)));
    }

    @Test
    void audienceListContainingAuthenticated() {
      String token = jwt(NOW).claim("aud", List.of("other", "authenticated")).signedWith(EC);
      assertEquals(SUBJECT, accepted(verifier(), token).subject());
    }

    @Test
    void anyIssuerWhenNoneIsConfigured() {
      String token = jwt(NOW).claim("iss", "https://elsewhere.example").signedWith(EC);
      assertEquals(SUBJECT, accepted(verifier("vizzor.gateway.jwt.issuer", null), token).subject());
    }

    @Test
    void typMayBeAbsentOrInAnyCase() {
      SupabaseJwtVerifier verifier = verifier();
      assertEquals(
          SUBJECT, accepted(verifier, jwt(NOW).withoutHeader("typ").signedWith(EC)).subject());
      assertEquals(
          SUBJECT, accepted(verifier, jwt(NOW).header("typ", "jwt").signedWith(EC)).subject());
    }
  }

  @Nested
  class RejectedTokens {
    static List<BadTokens.Case> attacks() {
      return BAD_TOKENS.cases(NOW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefusedForItsReason(BadTokens.Case attack) {
      SupabaseJwtVerifier verifier = verifier();
      accepted(verifier, jwt(NOW).signedWith(EC)); // the JWKS is cached, as in steady state

      JwtRejectedException refused =
          assertThrows(JwtRejectedException.class, () -> accepted(verifier, attack.token()));

      assertEquals(attack.rejection(), refused.category(), refused.reason());
      assertTrue(refused.reason().startsWith(attack.rejection().name().toLowerCase()));
    }

    @Test
    void tableIsLargeAndCoversEveryReasonATokenCanCause() {
      List<BadTokens.Case> cases = attacks();
      assertTrue(cases.size() >= 25, cases.size() + " cases");
      for (Rejection reason : Rejection.values()) {
        if (reason != Rejection.KEYS_UNAVAILABLE) {
          assertTrue(
              cases.stream().anyMatch(c -> c.rejection() == reason), "no case for " + reason);
        }
      }
    }
  }

  @Nested
  class JwksRefresh {
    @Test
    void newKidIsPickedUpByARefresh() {
      SupabaseJwtVerifier verifier = verifier();
      SigningKey rotated = SigningKey.ec("ec-2026-04");
      accepted(verifier, jwt(NOW).signedWith(EC));
      jwksStub.serve(jwks(EC, rotated));
      clock.advance(Duration.ofSeconds(31));

      assertEquals(SUBJECT, accepted(verifier, jwt(NOW).signedWith(rotated)).subject());
      assertEquals(2, jwksStub.requests());
    }

    @Test
    void unknownKidsWithinTheMinimumIntervalDoNotRefetch() {
      SupabaseJwtVerifier verifier = verifier();
      SigningKey later = SigningKey.ec("ec-later");
      accepted(verifier, jwt(NOW).signedWith(EC));
      clock.advance(Duration.ofSeconds(31));
      assertEquals(Rejection.UNKNOWN_KEY, rejected(verifier, jwt(NOW).signedWith(later)));
      assertEquals(2, jwksStub.requests(), "an unknown kid refreshes once");

      jwksStub.serve(jwks(EC, later));
      clock.advance(Duration.ofSeconds(29));
      assertEquals(Rejection.UNKNOWN_KEY, rejected(verifier, jwt(NOW).signedWith(later)));
      assertEquals(
          Rejection.UNKNOWN_KEY, rejected(verifier, jwt(NOW).signedWith(SigningKey.ec("x"))));
      assertEquals(2, jwksStub.requests(), "no refresh within 30 s of the last");

      clock.advance(Duration.ofSeconds(2));
      assertEquals(SUBJECT, accepted(verifier, jwt(NOW).signedWith(later)).subject());
      assertEquals(3, jwksStub.requests());
    }

    @Test
    void concurrentRequestsShareOneFetch() {
      jwksStub.answer(aResponse().withStatus(200).withBody(jwks(EC, RSA)).withFixedDelay(300));
      SupabaseJwtVerifier verifier = verifier();
      List<Uni<VerifiedJwt>> logins =
          IntStream.range(0, 20)
              .mapToObj(i -> verifier.verify(jwt(NOW).claim("sub", "user-" + i).signedWith(EC)))
              .toList();

      List<VerifiedJwt> verified =
          Uni.join().all(logins).andFailFast().await().atMost(Duration.ofSeconds(10));

      assertEquals(20, verified.size());
      assertEquals(1, jwksStub.requests());
    }

    @Test
    void cachedKeysKeepVerifyingWhileTheEndpointIsDown() {
      SupabaseJwtVerifier verifier = verifier();
      accepted(verifier, jwt(NOW).signedWith(EC));
      jwksStub.answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
      clock.advance(Duration.ofMinutes(11));

      assertEquals(SUBJECT, accepted(verifier, jwt(NOW).signedWith(EC)).subject());
      assertEquals(SUBJECT, accepted(verifier, jwt(NOW).signedWith(RSA)).subject());
      assertEquals(2, jwksStub.requests(), "one failed refresh, then none within the interval");
    }

    @Test
    void aKeyDroppedFromTheJwksStopsVerifyingAfterTheTtl() {
      SupabaseJwtVerifier verifier = verifier();
      accepted(verifier, jwt(NOW).signedWith(RSA));
      jwksStub.serve(jwks(EC));
      clock.advance(Duration.ofMinutes(9));
      assertEquals(SUBJECT, accepted(verifier, jwt(NOW).signedWith(RSA)).subject());

      clock.advance(Duration.ofMinutes(2));
      assertEquals(Rejection.UNKNOWN_KEY, rejected(verifier, jwt(NOW).signedWith(RSA)));
      assertEquals(2, jwksStub.requests(), "fetched at first use and once the TTL had passed");
    }

    @Test
    void noJwksYetRefusesAsymmetricTokensButNotHs256() {
      jwksStub.answer(serverError());
      SupabaseJwtVerifier verifier = verifier();

      assertEquals(Rejection.KEYS_UNAVAILABLE, rejected(verifier, jwt(NOW).signedWith(EC)));
      assertEquals(SUBJECT, accepted(verifier, jwt(NOW).signedWithSecret(HS256_SECRET)).subject());
    }

    @Test
    void aSlowEndpointTimesOut() {
      jwksStub.answer(aResponse().withStatus(200).withBody(jwks(EC)).withFixedDelay(3000));
      SupabaseJwtVerifier verifier = verifier("vizzor.gateway.jwt.jwks-fetch-timeout", "200ms");

      // The late answer holds the right key: had the fetch waited for it, the token would pass.
      assertEquals(Rejection.KEYS_UNAVAILABLE, rejected(verifier, jwt(NOW).signedWith(EC)));
    }

    @Test
    void aSlowDripBodyTimesOut() {
      jwksStub.answer(
          aResponse().withStatus(200).withBody(jwks(EC)).withChunkedDribbleDelay(20, 3000));
      SupabaseJwtVerifier verifier = verifier("vizzor.gateway.jwt.jwks-fetch-timeout", "500ms");

      // The dribbled body is the right key set: had the fetch read it all, the token would pass.
      assertEquals(Rejection.KEYS_UNAVAILABLE, rejected(verifier, jwt(NOW).signedWith(EC)));
    }

    @Test
    void anOversizedBodyIsRefused() {
      String padded =
          jwks(EC)
              .replace(
                  "{\"keys\"",
                  "{\"pad\":\"" + "x".repeat(JwksFetcher.MAX_BODY_BYTES) + "\",\"keys\"");
      jwksStub.serve(padded);
      assertEquals(Rejection.KEYS_UNAVAILABLE, rejected(verifier(), jwt(NOW).signedWith(EC)));
    }

    @Test
    void aRedirectIsNotFollowed() {
      jwksStub.answer(
          aResponse().withStatus(302).withHeader("Location", "https://attacker.example/jwks"));
      assertEquals(Rejection.KEYS_UNAVAILABLE, rejected(verifier(), jwt(NOW).signedWith(EC)));
    }

    @Test
    void aBodyThatIsNoJwksIsRefused() {
      jwksStub.serve("<html>maintenance</html>");
      assertEquals(Rejection.KEYS_UNAVAILABLE, rejected(verifier(), jwt(NOW).signedWith(EC)));
    }
  }

  @Nested
  class ClockSkew {
    @Test
    void expiredTokenPassesFor59SecondsAndFailsAt61() {
      SupabaseJwtVerifier verifier = verifier();
      String token = jwt(NOW).claim("exp", NOW.getEpochSecond()).signedWith(EC);

      clock.advance(Duration.ofSeconds(59));
      assertEquals(SUBJECT, accepted(verifier, token).subject());
      clock.advance(Duration.ofSeconds(2));
      assertEquals(Rejection.EXPIRED, rejected(verifier, token));
    }

    @Test
    void notYetValidTokenPasses59SecondsEarlyButNot61() {
      SupabaseJwtVerifier verifier = verifier();
      String token = jwt(NOW).claim("nbf", NOW.getEpochSecond()).signedWithSecret(HS256_SECRET);

      clock.advance(Duration.ofSeconds(-61));
      assertEquals(Rejection.NOT_YET_VALID, rejected(verifier, token));
      clock.advance(Duration.ofSeconds(2));
      assertEquals(SUBJECT, accepted(verifier, token).subject());
    }
  }

  @Nested
  class Configuration {
    @Test
    void aSecretShorterThan32BytesStopsStartup() {
      String secret = "x".repeat(31);
      IllegalArgumentException failure =
          assertThrows(
              IllegalArgumentException.class,
              () -> verifier("vizzor.gateway.jwt.hs256-secret", secret));
      assertTrue(failure.getMessage().contains("VIZZOR_JWT_HS256_SECRET"), failure.getMessage());
      assertTrue(failure.getMessage().contains("at least 32 bytes"), failure.getMessage());
    }

    @Test
    void a32ByteSecretIsEnough() {
      String secret = "y".repeat(32);
      SupabaseJwtVerifier verifier = verifier("vizzor.gateway.jwt.hs256-secret", secret);
      assertEquals(SUBJECT, accepted(verifier, jwt(NOW).signedWithSecret(secret)).subject());
    }

    @Test
    void aBlankSecretStopsStartup() {
      assertThrows(
          IllegalArgumentException.class,
          () -> verifier("vizzor.gateway.jwt.hs256-secret", " ".repeat(40)));
    }

    @Test
    void aJwksUrlThatIsNotHttpStopsStartup() {
      assertThrows(
          IllegalArgumentException.class,
          () -> verifier("vizzor.gateway.jwt.jwks-url", "file:///etc/jwks.json"));
    }

    @Test
    void unsetVariablesMeanNotConfigured() throws IOException {
      JwtConfig config = fromApplicationProperties(Map.of());

      assertTrue(config.hs256Secret().isEmpty());
      assertTrue(config.jwksUrl().isEmpty());
      assertTrue(config.issuer().isEmpty());
      assertEquals("authenticated", config.audience());
      assertEquals(Duration.ofSeconds(60), config.clockSkew());
      assertEquals(Duration.ofMinutes(10), config.jwksTtl());
      assertEquals(Duration.ofSeconds(30), config.jwksMinRefreshInterval());
      assertEquals(Duration.ofSeconds(2), config.jwksFetchTimeout());
    }

    @Test
    void anEmptySecretVariableIsNotAnEmptySecret() throws IOException {
      JwtConfig config = fromApplicationProperties(Map.of("VIZZOR_JWT_HS256_SECRET", ""));
      assertTrue(config.hs256Secret().isEmpty());

      SupabaseJwtVerifier verifier = new SupabaseJwtVerifier(config, vertx, clock);
      verifiers.add(verifier);
      assertEquals(
          Rejection.ALGORITHM_NOT_ALLOWED,
          rejected(verifier, jwt(NOW).signedWithSecret(HS256_SECRET)));
    }

    @Test
    void variablesReachTheMapping() throws IOException {
      JwtConfig config =
          fromApplicationProperties(
              Map.of(
                  "VIZZOR_JWT_HS256_SECRET", HS256_SECRET,
                  "VIZZOR_JWT_JWKS_URL", jwksStub.url(),
                  "VIZZOR_JWT_ISSUER", ISSUER));

      assertEquals(HS256_SECRET, config.hs256Secret().orElseThrow());
      assertEquals(jwksStub.url(), config.jwksUrl().orElseThrow());
      assertEquals(ISSUER, config.issuer().orElseThrow());
    }

    /** The gateway's real application.properties, with {@code environment} as env variables. */
    private static JwtConfig fromApplicationProperties(Map<String, String> environment)
        throws IOException {
      return new SmallRyeConfigBuilder()
          .addDefaultInterceptors()
          .withConverter(Duration.class, 100, new DurationConverter())
          .withMapping(JwtConfig.class)
          .withSources(
              new PropertiesConfigSource(
                  SupabaseJwtVerifierTest.class.getResource("/application.properties"), 250))
          .withSources(new PropertiesConfigSource(environment, "environment", 300))
          .build()
          .getConfigMapping(JwtConfig.class);
    }
  }
}
