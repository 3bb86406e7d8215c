package dev.vizzor.market.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.InternalTokenTestResource;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A service started without VIZZOR_INTERNAL_JWT_PUBLIC_KEY trusts no token at all. */
@QuarkusTest
@TestProfile(WithoutPublicKeyTest.NoKeys.class)
class WithoutPublicKeyTest {
  /** The usual servers, but the service is given no token keys at all. */
  public static class NoKeys extends ServiceTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return super.testResources().stream()
          .filter(resource -> resource.getClazz() != InternalTokenTestResource.class)
          .toList();
    }
  }

  @Test
  void evenAGatewaySignedTokenIsRefused() {
    given()
        .auth()
        .oauth2(InternalTokenFixture.token().signed())
        .get("/v1/market/price/BTC")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthorized"));
  }

  @Test
  void healthStillAnswers() {
    given().get("/q/health/ready").then().statusCode(200);
  }
}
