package dev.vizzor.market.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.KafkaTestResource;
import dev.vizzor.testsupport.PostgresTestResource;
import dev.vizzor.testsupport.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A service started without VIZZOR_INTERNAL_JWT_PUBLIC_KEY trusts no token at all. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
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
