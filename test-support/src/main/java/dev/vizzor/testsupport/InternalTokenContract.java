package dev.vizzor.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.common.identity.InternalClaims;
import dev.vizzor.common.identity.VerifiedTokens;
import io.quarkus.arc.Arc;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The internal-token contract (docs/INTERNAL-TOKEN.md) every service behind the gateway proves by
 * implementing this in one line, on its {@link ServiceTestProfile}: business paths refuse calls
 * without a valid token, in each family's envelope; a token the gateway or another service signed
 * is accepted; {@code /internal/**} takes only service calls; health stays public. The paths probed
 * need not exist: past the token check they answer a JSON 404.
 */
public interface InternalTokenContract {
  String VIZZOR_PATH = "/v1/token-contract-probe";
  String INTERNAL_PATH = "/internal/token-contract-probe";

  @Test
  default void withoutATokenEachFamilyIsRefusedInItsEnvelope() {
    given()
        .get(VIZZOR_PATH)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer")
        .body("error.code", equalTo("unauthorized"));
    given()
        .get("/api/v1/token-contract-probe")
        .then()
        .statusCode(401)
        .body("error", equalTo("unauthorized"));
    given().get("/chat").then().statusCode(401).body("error", equalTo("invalid_token"));
  }

  @Test
  default void aGatewayTokenGetsPastTheCheck() {
    given()
        .auth()
        .oauth2(InternalTokenFixture.token().signed())
        .get(VIZZOR_PATH)
        .then()
        .statusCode(404)
        .body("error.code", equalTo("not_found"));
  }

  @Test
  default void aTokenIsVerifiedOnceAndRememberedForItsRepeats() {
    VerifiedTokens verified = Arc.container().instance(VerifiedTokens.class).get();
    String token = InternalTokenFixture.token().signed();
    int before = verified.size();

    for (int call = 0; call < 3; call++) {
      given().auth().oauth2(token).get(VIZZOR_PATH).then().statusCode(404);
    }

    assertEquals(before + 1, verified.size());
  }

  @Test
  default void aServiceTokenGetsPastTheCheckOnBusinessAndInternalPaths() {
    String token = InternalTokenFixture.serviceToken("prediction-service").signedAsService();
    given().auth().oauth2(token).get(VIZZOR_PATH).then().statusCode(404);
    given().auth().oauth2(token).get(INTERNAL_PATH).then().statusCode(404);
  }

  @Test
  default void internalPathsRefuseTheGatewaysTokensAndCallsWithoutAny() {
    given().get(INTERNAL_PATH).then().statusCode(401);
    given()
        .auth()
        .oauth2(InternalTokenFixture.token().signed())
        .get(INTERNAL_PATH)
        .then()
        .statusCode(403)
        .body("error.code", equalTo("forbidden"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.vizzor.testsupport.InternalTokenContract#refusedTokens")
  default void aBadTokenIsRefusedOnEveryPath(String what, String token) {
    for (String path : new String[] {VIZZOR_PATH, INTERNAL_PATH}) {
      given()
          .auth()
          .oauth2(token)
          .get(path)
          .then()
          .statusCode(401)
          .body("error.code", equalTo("unauthorized"))
          .body("error.message", equalTo("the internal token is invalid or expired"));
    }
  }

  @Test
  default void healthStaysPublicWhateverTheAuthorizationHeader() {
    given().get("/q/health/live").then().statusCode(200);
    given().auth().oauth2("not.a.jwt").get("/q/health/live").then().statusCode(200);
    given().auth().oauth2("not.a.jwt").get("/q/openapi").then().statusCode(not(401));
  }

  static Stream<Arguments> refusedTokens() {
    return Stream.of(
        refused("signed by a key the service was not given", token().signedByAnotherKey()),
        refused("expired beyond the 5 s skew", token().issuedSecondsAgo(130).signed()),
        refused("from another issuer", token().claim("iss", "someone-else").signed()),
        refused("unsigned (alg none)", token().unsigned()),
        refused("HS256 keyed with the public key", token().hs256WithThePublicKey()),
        refused("without exp", token().without("exp").signed()),
        refused("without sub", token().without("sub").signed()),
        refused("without tier", token().without(InternalClaims.TIER).signed()),
        refused("without cred", token().without(InternalClaims.CREDENTIAL).signed()),
        refused("without max_tokens", token().without(InternalClaims.MAX_TOKENS).signed()),
        refused("sub not a UUID", token().claim("sub", "alice").signed()),
        refused("an unknown tier", token().claim(InternalClaims.TIER, "platinum").signed()),
        refused("an unknown cred", token().claim(InternalClaims.CREDENTIAL, "magic").signed()),
        refused("kid not a UUID", token().claim(InternalClaims.KEY_ID, "key-1").signed()),
        refused(
            "max_tokens not a number", token().claim(InternalClaims.MAX_TOKENS, "lots").signed()),
        refused(
            "cred=service from the gateway",
            token().claim(InternalClaims.CREDENTIAL, "service").signed()),
        refused(
            "a gateway cred from a service",
            InternalTokenFixture.serviceToken("agent-service")
                .claim(InternalClaims.CREDENTIAL, "api_key")
                .signedAsService()),
        refused(
            "a service token signed with the gateway's key",
            InternalTokenFixture.serviceToken("agent-service").signed()),
        refused(
            "a service whose key was not given",
            InternalTokenFixture.serviceToken("stranger-service").signedAsService()),
        refused("not a JWT", "garbage"));
  }

  private static InternalTokenFixture.Token token() {
    return InternalTokenFixture.token();
  }

  private static Arguments refused(String what, String token) {
    return Arguments.of(what, token);
  }
}
