package dev.vizzor.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/**
 * What every service behind the gateway proves: a business path refuses a call that does not carry
 * the gateway's internal token, in the Vizzor envelope. Implemented by each service's foundation
 * test, so a service that forgot to declare {@code quarkus-smallrye-jwt} fails.
 */
public interface InternalTokenContract {
  @Test
  default void businessPathsRefuseCallsWithoutTheInternalToken() {
    given()
        .get("/v1/any-business-path")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthorized"));
  }
}
