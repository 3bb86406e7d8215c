package dev.vizzor.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.vizzor.gateway.admin.AdminServer;
import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.testsupport.InternalTokenFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The credential services use between themselves can never be presented by a client through the
 * gateway (docs/INTERNAL-TOKEN.md): a service-signed token is just a JWT the edge refuses, one sent
 * beside a real key is replaced by the gateway's own token, and no service-only path is routed.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ServiceCredentialsAtTheEdgeTest {
  @Inject AdminServer adminServer;

  private static String serviceToken() {
    return InternalTokenFixture.serviceToken("prediction-service").signedAsService();
  }

  @Test
  void aServiceTokenAsTheCredentialIsRefused() {
    given()
        .auth()
        .oauth2(serviceToken())
        .get("/v1/market/price/BTC")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthorized"));
  }

  @Test
  void aServiceTokenBesideAKeyMakesTwoCredentialsAndIsRefused() {
    Admin.Key key = new Admin(adminServer.port()).createKey("api", "pro");

    given()
        .header("X-API-Key", key.secret())
        .header("Authorization", "Bearer " + serviceToken())
        .get("/v1/market/price/BTC")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthorized"));
  }

  @Test
  void serviceOnlyPathsAreNotRouted() {
    Admin.Key key = new Admin(adminServer.port()).createKey("api", "pro");

    given()
        .header("X-API-Key", key.secret())
        .get("/internal/candles/BTC")
        .then()
        .statusCode(404)
        .body("error.code", equalTo("not_found"));
  }
}
