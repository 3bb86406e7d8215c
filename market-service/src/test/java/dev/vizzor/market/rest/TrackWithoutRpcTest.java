package dev.vizzor.market.rest;

import static dev.vizzor.market.rest.Api.call;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The offline default: no node configured, so {@code POST /track} says so instead of guessing. */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class TrackWithoutRpcTest {

  @Test
  void withoutAnyNodeTheAnswerIs503NamingTheVariable() {
    call()
        .contentType(ContentType.JSON)
        .body("{\"chain\":\"ethereum\",\"address\":\"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045\"}")
        .post("/track")
        .then()
        .statusCode(503)
        .body("error.code", equalTo("service_unavailable"))
        .body(
            "error.message",
            containsString(
                "no EVM JSON-RPC URL is configured for ethereum, so wallet data cannot be read"))
        .body("error.message", containsString("VIZZOR_EVM_RPC_URLS"))
        .body("error.message", containsString("configured now: none"))
        .body("error.retryAfter", greaterThan(0));
  }
}
