package dev.vizzor.market.identity;

import dev.vizzor.testsupport.ServiceTestProfile;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.vizzor.testsupport.InternalTokenFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** A service started without VIZZOR_INTERNAL_JWT_PUBLIC_KEY trusts no token at all. */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class WithoutPublicKeyTest {
  @Test
  void evenAGatewaySignedTokenIsRefused() {
    given()
        .auth()
        .oauth2(InternalTokenFixture.token().signed())
        .get("/v1/market/identity-probe")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthorized"));
  }

  @Test
  void healthStillAnswers() {
    given().get("/q/health/ready").then().statusCode(200);
  }
}
