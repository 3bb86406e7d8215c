package dev.vizzor.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.vizzor.gateway.admin.AdminServer;
import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every error the gateway itself answers, in each family, has exactly the fields its seed shows:
 * Vizzor {@code {"error":{"code","message"[,"retryAfter"]}}} (000), Velocity {@code
 * {"error","message"}} (001), Zmarty {@code {"error","message"[,"limit","retry_after"]}} (002).
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class FamilyEnvelopeTest {
  private static final Set<String> VIZZOR = Set.of("code", "message");
  private static final Set<String> VIZZOR_RETRY = Set.of("code", "message", "retryAfter");
  private static final Set<String> FLAT = Set.of("error", "message");
  private static final Set<String> ZMARTY_429 = Set.of("error", "message", "limit", "retry_after");
  private static final Set<String> ZMARTY_503 = Set.of("error", "message", "retry_after");

  @Inject AdminServer adminServer;
  private Admin admin;

  @BeforeEach
  void admin() {
    admin = new Admin(adminServer.port());
  }

  @Test
  void unauthorizedInEachFamily() {
    vizzor(given().get("/v1/market/trending"), 401, "unauthorized", VIZZOR);
    flat(given().get("/api/v1/trends"), 401, "unauthorized", FLAT);
    flat(given().post("/chat"), 401, "invalid_token", FLAT);
    flat(
        given().get("/chat/audio/0b9d2c1e-6a5f-4f51-9d1e-3f7c2a1b0c9d"),
        401,
        "invalid_token",
        FLAT);
  }

  @Test
  void forbiddenForAFreeTierOnVelocity() {
    Admin.Key free = admin.createKey("vel", "free");
    flat(
        given().header("Authorization", "Bearer " + free.secret()).get("/api/v1/trends"),
        403,
        "tier_too_low_for_api_access",
        FLAT);
  }

  @Test
  void notFoundInEachFamily() {
    vizzor(given().get("/v1/none"), 404, "not_found", VIZZOR);
    flat(given().get("/api/v1/none"), 404, "not_found", FLAT);
    flat(given().get("/functions/v1/none"), 404, "not_found", FLAT);
  }

  @Test
  void tooManyRequestsInEachFamilyWithRetryAfter() {
    Admin.Key free = admin.createKey("vel", "free");
    String bearer = "Bearer " + free.secret();
    for (int i = 0; i < 10; i++) {
      given().header("Authorization", bearer).get("/v1/market/trending").then().statusCode(200);
    }
    Response vizzor = given().header("Authorization", bearer).get("/v1/market/trending");
    vizzor(vizzor, 429, "rate_limited", VIZZOR_RETRY);
    assertNotNull(vizzor.header("Retry-After"));

    Response zmarty = given().header("Authorization", bearer).post("/chat");
    flat(zmarty, 429, "rate_limit_exceeded", ZMARTY_429);
    assertEquals(10, (int) zmarty.path("limit"));
    assertEquals(zmarty.header("Retry-After"), zmarty.path("retry_after").toString());

    Admin.Key starter = admin.createKey("vel", "starter");
    String starterBearer = "Bearer " + starter.secret();
    for (int i = 0; i < 24; i++) {
      given().header("Authorization", starterBearer).get("/api/v1/pulse").then().statusCode(200);
    }
    Response velocity = given().header("Authorization", starterBearer).get("/api/v1/pulse");
    flat(velocity, 429, "quota_exceeded", FLAT);
    assertNotNull(velocity.header("Retry-After"));
  }

  @Test
  void serviceUnavailableInEachFamilyWithWhenToRetry() {
    Admin.Key key = admin.createKey("vel", "pro");
    String bearer = "Bearer " + key.secret();
    Response vizzor = given().header("Authorization", bearer).get("/v1/portfolio/silent");
    vizzor(vizzor, 503, "service_unavailable", VIZZOR_RETRY);
    assertEquals("5", vizzor.header("Retry-After"));

    Response velocity = given().header("Authorization", bearer).get("/api/v1/trends?reset=1");
    flat(velocity, 503, "service_unavailable", FLAT);
    assertEquals("5", velocity.header("Retry-After"));

    Response zmarty = given().header("Authorization", bearer).get("/healthz?reset=1");
    flat(zmarty, 503, "service_unavailable", ZMARTY_503);
    assertEquals(5, (int) zmarty.path("retry_after"));
  }

  private static void vizzor(Response response, int status, String code, Set<String> fields) {
    response.then().statusCode(status).contentType("application/json");
    Map<String, Object> body = response.as(Map.class);
    assertEquals(Set.of("error"), body.keySet());
    Map<String, Object> error = (Map<String, Object>) body.get("error");
    assertEquals(fields, error.keySet());
    assertEquals(code, error.get("code"));
  }

  private static void flat(Response response, int status, String code, Set<String> fields) {
    response.then().statusCode(status).contentType("application/json");
    Map<String, Object> body = response.as(Map.class);
    assertEquals(fields, body.keySet());
    assertEquals(code, body.get("error"));
  }
}
