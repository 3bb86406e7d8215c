package dev.vizzor.market.identity;

import dev.vizzor.testsupport.ServiceTestProfile;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.common.identity.VerifiedTokens;
import dev.vizzor.testsupport.InternalTokenFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class InternalTokenTest {
  @Inject VerifiedTokens verifiedTokens;

  private static final String PROBE = "/v1/market/identity-probe";

  @Test
  void aCallWithoutTokenIsRefusedInTheVizzorEnvelope() {
    given()
        .get(PROBE)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer")
        .contentType("application/json")
        .body("error.code", equalTo("unauthorized"))
        .body(
            "error.message",
            equalTo(
                "this service is reached through the gateway, which supplies an internal token"))
        .body("error.retryAfter", nullValue());
  }

  @Test
  void aGatewayTokenReachesTheResourceWithItsIdentity() {
    UUID account = UUID.randomUUID();
    UUID key = UUID.randomUUID();
    String token =
        InternalTokenFixture.token()
            .claim("sub", account.toString())
            .claim("tier", "enterprise")
            .claim("cred", "api_key")
            .claim("kid", key.toString())
            .claim("max_tokens", 8192)
            .signed();
    given()
        .auth()
        .oauth2(token)
        .get(PROBE)
        .then()
        .statusCode(200)
        .body("accountId", equalTo(account.toString()))
        .body("tier", equalTo("enterprise"))
        .body("credential", equalTo("api_key"))
        .body("keyId", equalTo(key.toString()))
        .body("maxTokens", equalTo(8192));
  }

  @Test
  void aTokenForAUserJwtHasNoKeyId() {
    String token =
        InternalTokenFixture.token()
            .claim("cred", "jwt")
            .claim("tier", "free")
            .claim("max_tokens", 1024)
            .without("kid")
            .signed();
    given()
        .auth()
        .oauth2(token)
        .get(PROBE)
        .then()
        .statusCode(200)
        .body("credential", equalTo("jwt"))
        .body("tier", equalTo("free"))
        .body("keyId", nullValue());
  }

  @Test
  void aTokenIsVerifiedOnceAndRememberedForItsRepeats() {
    String token = InternalTokenFixture.token().signed();
    int before = verifiedTokens.size();

    for (int call = 0; call < 3; call++) {
      given().auth().oauth2(token).get(PROBE).then().statusCode(200);
    }

    assertEquals(before + 1, verifiedTokens.size());
  }

  @Test
  void aTokenAcceptedAgainKeepsItsIdentityAndIsRefusedOnceItExpires() {
    // Expires in 1 s; the validator allows 5 s of clock skew beyond that.
    long issued =
        java.time.Instant.now().getEpochSecond() - InternalTokenFixture.LIFETIME_SECONDS + 1;
    UUID account = UUID.randomUUID();
    String token =
        InternalTokenFixture.token()
            .claim("sub", account.toString())
            .claim("iat", issued)
            .claim("exp", issued + InternalTokenFixture.LIFETIME_SECONDS)
            .signed();
    for (int call = 0; call < 3; call++) {
      given()
          .auth()
          .oauth2(token)
          .get(PROBE)
          .then()
          .statusCode(200)
          .body("accountId", equalTo(account.toString()));
    }

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(15))
        .pollInterval(java.time.Duration.ofMillis(500))
        .until(() -> given().auth().oauth2(token).get(PROBE).statusCode() == 401);
    refused(token);
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() {
    refused(InternalTokenFixture.token().signedByAnotherKey());
  }

  @Test
  void anExpiredTokenIsRefused() {
    refused(InternalTokenFixture.token().issuedSecondsAgo(300).signed());
  }

  @Test
  void aTokenExpiredBeyondTheFiveSecondClockSkewIsRefused() {
    // exp 10 s ago: SmallRye's default 60 s skew would still take it.
    refused(
        InternalTokenFixture.token()
            .issuedSecondsAgo(InternalTokenFixture.LIFETIME_SECONDS + 10)
            .signed());
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    refused(InternalTokenFixture.token().claim("iss", "someone-else").signed());
  }

  @Test
  void anUnsignedTokenIsRefused() {
    refused(InternalTokenFixture.token().unsigned());
  }

  @Test
  void anHs256TokenKeyedWithThePublicKeyIsRefused() {
    refused(InternalTokenFixture.token().hs256WithThePublicKey());
  }

  @Test
  void aTokenWithoutExpiryIsRefused() {
    refused(InternalTokenFixture.token().without("exp").signed());
  }

  @Test
  void aTokenMissingAnIdentityClaimIsRefused() {
    refused(InternalTokenFixture.token().without("tier").signed());
  }

  @Test
  void aTokenWithMalformedIdentityClaimsIsRefused() {
    refused(InternalTokenFixture.token().claim("sub", "not-a-uuid").signed());
    refused(InternalTokenFixture.token().claim("tier", "platinum").signed());
    refused(InternalTokenFixture.token().claim("cred", "password").signed());
    refused(InternalTokenFixture.token().claim("max_tokens", "many").signed());
  }

  @Test
  void garbageIsRefused() {
    refused("not.a.jwt");
  }

  @Test
  void velocityPathsAreRefusedInTheVelocityEnvelope() {
    given()
        .get("/api/v1/trends")
        .then()
        .statusCode(401)
        .body("error", equalTo("unauthorized"))
        .body(
            "message",
            equalTo(
                "this service is reached through the gateway, which supplies an internal token"));
  }

  @Test
  void zmartyPathsAreRefusedInTheZmartyEnvelope() {
    given()
        .auth()
        .oauth2(InternalTokenFixture.token().signedByAnotherKey())
        .post("/chat")
        .then()
        .statusCode(401)
        .body("error", equalTo("invalid_token"))
        .body("message", equalTo("the internal token is invalid or expired"));
  }

  @Test
  void healthStaysPublicWhateverTheAuthorizationHeader() {
    given().get("/q/health/ready").then().statusCode(200);
    given().auth().oauth2("not.a.jwt").get("/q/health/ready").then().statusCode(200);
  }

  private static void refused(String token) {
    ValidatableResponse response = given().auth().oauth2(token).get(PROBE).then();
    response
        .statusCode(401)
        .body("error.code", equalTo("unauthorized"))
        .body("error.message", equalTo("the internal token is invalid or expired"));
  }
}
