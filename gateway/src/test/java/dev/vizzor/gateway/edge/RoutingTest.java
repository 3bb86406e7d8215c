package dev.vizzor.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.vizzor.gateway.admin.AdminServer;
import dev.vizzor.gateway.auth.jwt.TestTokens;
import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.gateway.support.InternalTokens;
import dev.vizzor.gateway.support.JwtFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests reach the right service through the real proxy, carrying only the gateway's identity.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class RoutingTest {
  @Inject AdminServer adminServer;

  @io.quarkus.test.common.http.TestHTTPResource("/")
  java.net.URL gateway;

  private Admin admin;

  @BeforeEach
  void admin() {
    admin = new Admin(adminServer.port());
  }

  @Test
  void clientIdentityIsReplacedByTheSignedInternalToken() {
    Admin.Key key = admin.createKey("api", "pro");
    Response echoed =
        given()
            .header("X-API-Key", key.secret())
            .header("Cookie", "session=abc")
            .header("X-Vizzor-Account", "someone-else")
            .get("/v1/market/price/BTC");
    echoed.then().statusCode(200).body("path", equalTo("/v1/market/price/BTC"));
    Map<String, String> seen = echoed.path("headers");
    assertEquals(null, seen.get("x-api-key"));
    assertEquals(null, seen.get("cookie"));
    assertEquals(null, seen.get("x-vizzor-account"));
    Map<String, Object> claims = InternalTokens.verify(seen.get("authorization"));
    assertEquals(key.accountId(), claims.get("sub"));
    assertEquals("pro", claims.get("tier"));
    assertEquals("api_key", claims.get("cred"));
    assertEquals(4096L, ((Number) claims.get("max_tokens")).longValue());
    assertEquals(null, claims.get("usr"), "a key names no Supabase user");
  }

  @Test
  void aSupabaseJwtsUserIdGoesOnInTheInternalToken() {
    String user = UUID.randomUUID().toString();
    String jwt = TestTokens.jwt(Instant.now()).claim("sub", user).signedWith(JwtFixture.EC);
    Response echoed = given().header("Authorization", "Bearer " + jwt).get("/v1/market/price/BTC");
    echoed.then().statusCode(200);
    Map<String, Object> claims = InternalTokens.verify(echoed.path("headers.authorization"));
    assertEquals("jwt", claims.get("cred"));
    assertEquals(user, claims.get("usr"), "the watchers' user_id");
    assertNotEquals(user, claims.get("sub"), "sub stays the account id");
  }

  @Test
  void requestIdIsPassedOnWhenSaneAndMadeOtherwise() {
    Admin.Key key = admin.createKey("api", "pro");
    given()
        .header("X-API-Key", key.secret())
        .header("X-Request-Id", "req-123.abc")
        .get("/v1/market/trending")
        .then()
        .statusCode(200)
        .header("X-Request-Id", "req-123.abc")
        .body("headers.x-request-id", equalTo("req-123.abc"));
    given()
        .header("X-API-Key", key.secret())
        .header("X-Request-Id", "bad id with spaces")
        .get("/v1/market/trending")
        .then()
        .statusCode(200)
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
        .body("headers.x-request-id", matchesPattern("[0-9a-f-]{36}"));
  }

  @Test
  void hopByHopHeadersStopAtTheGateway() {
    Admin.Key key = admin.createKey("api", "pro");
    given()
        .header("X-API-Key", key.secret())
        .header("TE", "trailers")
        .header("Proxy-Authorization", "Basic eDp5")
        .get("/v1/market/fear-greed")
        .then()
        .statusCode(200)
        .header("Keep-Alive", nullValue())
        .body("headers.te", nullValue())
        .body("headers.proxy-authorization", nullValue());
  }

  @Test
  void theWebhookPassesWithoutUserCredentialsButWithItsSignatureAndBody() {
    given()
        .contentType("application/json")
        .header("x-hmac-sha256", "abc123")
        .body("{\"type\":\"INSERT\"}")
        .post("/functions/v1/watchers-upsert")
        .then()
        .statusCode(200)
        .header("X-RateLimit-Limit", "600")
        .body("path", equalTo("/functions/v1/watchers-upsert"))
        .body("headers.x-hmac-sha256", equalTo("abc123"))
        .body("bodyLength", equalTo(17));
  }

  @Test
  void anUnknownPathIsA404AndAWrongMethodA405InTheFamilyEnvelope() {
    given().get("/v1/nothing-here").then().statusCode(404).body("error.code", equalTo("not_found"));
    given()
        .get("/trends")
        .then()
        .statusCode(405)
        .header("Allow", "POST")
        .body("error.code", equalTo("method_not_allowed"));
  }

  @Test
  void dotSegmentsAreResolvedBeforeRoutingAndTheServiceSeesTheResolvedPath() throws Exception {
    Admin.Key key = admin.createKey("api", "pro");
    // Sent raw: HTTP clients normalise such paths before sending them.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", gateway.getPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET /v1/agents/../market/trending HTTP/1.1\r\nHost: x\r\nX-API-Key: "
                      + key.secret()
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals("HTTP/1.1 400 Bad Request", answer.lines().findFirst().orElse(""));
      org.junit.jupiter.api.Assertions.assertTrue(
          answer.contains("\"code\":\"invalid_request\""), answer);
    }
  }

  @Test
  void oversizedBodiesAreRefusedBeforeReachingTheService() {
    Admin.Key key = admin.createKey("api", "pro");
    given()
        .header("X-API-Key", key.secret())
        .contentType("application/json")
        .body("x".repeat(5000))
        .post("/scan")
        .then()
        .statusCode(413)
        .body("error.code", equalTo("payload_too_large"));
  }

  @Test
  void corsPreflightIsAnsweredOnEveryFamilyWithoutCredentials() {
    for (String path : new String[] {"/api/v1/trends", "/v1/market/prices", "/chat"}) {
      given()
          .header("Origin", "https://app.example")
          .header("Access-Control-Request-Method", "GET")
          .header("Access-Control-Request-Headers", "authorization")
          .options(path)
          .then()
          .statusCode(200)
          .header("Access-Control-Allow-Origin", "https://app.example")
          .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }
  }

  @Test
  void healthIsPublicAndListsEveryService() {
    given()
        .get("/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("limits", equalTo("shared"))
        .body("services.size()", equalTo(6))
        .body("services.market.status", equalTo("up"));
  }

  @Test
  void noFrameworkPageOrStackTraceLeaks() {
    given()
        .get("/v1/market/price/BTC")
        .then()
        .statusCode(401)
        .body(not(containsString("Exception")))
        .body("error.code", equalTo("unauthorized"));
  }
}
