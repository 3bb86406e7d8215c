package dev.vizzor.gateway.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.gateway.auth.jwt.TestTokens;
import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.gateway.support.InternalTokens;
import dev.vizzor.gateway.support.JwtFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin API as the CLI meets it: accounts listed and found by id or Supabase sub, a tier
 * changed through either, and every refusal (401, 400, 404, 409) in the Vizzor envelope that the
 * gateway README and the CLI's exit codes promise.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class AdminApiTest {
  @Inject AdminServer adminServer;

  private Admin admin;

  @BeforeEach
  void admin() {
    admin = new Admin(adminServer.port());
  }

  @Test
  void everyCallWithoutTheRightTokenIsUnauthorizedAndChangesNothing() {
    Admin.Key key = admin.createKey("api", "pro");
    for (String authorization :
        Arrays.asList(
            null,
            "Bearer wrong-token",
            GatewayTestProfile.ADMIN_TOKEN,
            "Basic " + GatewayTestProfile.ADMIN_TOKEN,
            "Bearer " + GatewayTestProfile.ADMIN_TOKEN + "x")) {
      refused(caller(authorization).get("/admin/keys"), 401, "unauthorized");
      refused(caller(authorization).get("/admin/accounts"), 401, "unauthorized");
      refused(caller(authorization).get("/admin/accounts/" + key.accountId()), 401, "unauthorized");
      refused(
          caller(authorization).body(Map.of("tier", "enterprise")).put(tierPath(key.accountId())),
          401,
          "unauthorized");
      refused(caller(authorization).delete("/admin/keys/" + key.name()), 401, "unauthorized");
      refused(
          caller(authorization)
              .body(Map.of("name", "sneaky-" + UUID.randomUUID()))
              .post("/admin/keys"),
          401,
          "unauthorized");
    }
    admin
        .call()
        .get("/admin/accounts/" + key.accountId())
        .then()
        .statusCode(200)
        .body("tier", equalTo("pro"))
        .body("keys", equalTo(1));
  }

  @Test
  void malformedRequestsAreInvalid() {
    Admin.Key key = admin.createKey("api", "pro");
    refused(admin.call().body("not json").post("/admin/keys"), 400, "invalid_request");
    refused(admin.call().body("[]").post("/admin/keys"), 400, "invalid_request");
    refused(
        admin.call().body(Map.of("name", "has space")).post("/admin/keys"), 400, "invalid_request");
    refused(
        admin
            .call()
            .body(Map.of("name", "ok-" + UUID.randomUUID(), "type", "jwt"))
            .post("/admin/keys"),
        400,
        "invalid_request");
    refused(
        admin
            .call()
            .body(Map.of("name", "ok-" + UUID.randomUUID(), "tier", "gold"))
            .post("/admin/keys"),
        400,
        "invalid_request");
    refused(admin.call().body(Map.of()).put(tierPath(key.accountId())), 400, "invalid_request");
    refused(
        admin.call().body(Map.of("tier", "gold")).put(tierPath(key.accountId())),
        400,
        "invalid_request");
    for (String query : List.of("limit=0", "limit=501", "limit=ten", "after=not-a-cursor")) {
      refused(admin.call().get("/admin/accounts?" + query), 400, "invalid_request");
    }
  }

  @Test
  void unknownKeysAccountsAndCallsAreNotFound() {
    String nobody = UUID.randomUUID().toString();
    refused(admin.call().delete("/admin/keys/no-such-key-" + nobody), 404, "not_found");
    refused(admin.call().get("/admin/accounts/" + nobody), 404, "not_found");
    refused(admin.call().get("/admin/accounts/not-even-a-uuid"), 404, "not_found");
    refused(admin.call().body(Map.of("tier", "pro")).put(tierPath(nobody)), 404, "not_found");
    refused(
        admin
            .call()
            .body(Map.of("name", "orphan-" + nobody, "accountId", nobody))
            .post("/admin/keys"),
        404,
        "not_found");
    refused(admin.call().get("/admin/nothing-here"), 404, "not_found");
  }

  @Test
  void aCreditTopUpGoesToTheOrchestratorAsTheOperatorForThatAccount() {
    Admin.Key key = admin.createKey("api", "starter");
    Response added =
        admin
            .call()
            .body(Map.of("amount", 500, "note", "support ticket 42"))
            .post("/admin/accounts/" + key.accountId() + "/credits");
    added.then().statusCode(200);
    // the fake orchestrator echoes what reached it
    assertEquals("/operator/credits", added.path("path"));
    Map<String, Object> claims = InternalTokens.verify(added.path("headers.authorization"));
    assertEquals(key.accountId(), claims.get("sub"));
    assertEquals("operator", claims.get("cred"));
    assertEquals("starter", claims.get("tier"));
    assertEquals(
        "{\"amount\":500,\"note\":\"support ticket 42\"}".length(), (int) added.path("bodyLength"));

    for (Object amount : List.of(0, -5, 1.5, "500", 1_000_001)) {
      refused(
          admin
              .call()
              .body(Map.of("amount", amount))
              .post("/admin/accounts/" + key.accountId() + "/credits"),
          400,
          "invalid_request");
    }
    refused(
        admin
            .call()
            .body(Map.of("amount", 5))
            .post("/admin/accounts/" + UUID.randomUUID() + "/credits"),
        404,
        "not_found");
  }

  @Test
  void aSecondActiveKeyOfTheSameNameIsAConflictUntilTheFirstIsRevoked() {
    Admin.Key first = admin.createKey("api", "pro");
    refused(admin.call().body(Map.of("name", first.name())).post("/admin/keys"), 409, "conflict");
    admin.revoke(first.name());
    admin.call().body(Map.of("name", first.name())).post("/admin/keys").then().statusCode(201);
  }

  @Test
  void accountsAreListedNewestFirstAPageAtATimeWithTheirActiveKeyCount() {
    Admin.Key oldest = admin.createKey("api", "starter");
    Admin.Key revoked = admin.createKey("vel", "starter", oldest.accountId());
    admin.revoke(revoked.name());
    Admin.Key middle = admin.createKey("vel", "pro");
    Admin.Key newest = admin.createKey("api", "enterprise");

    Response first = admin.call().get("/admin/accounts?limit=2");
    first.then().statusCode(200);
    assertEquals(List.of(newest.accountId(), middle.accountId()), first.path("data.id"));
    assertEquals(List.of("enterprise", "pro"), first.path("data.tier"));
    assertEquals(List.of(1, 1), first.path("data.keys"));
    String next = first.path("next");
    assertNotNull(next, "more accounts follow");

    Response second = admin.call().get("/admin/accounts?limit=2&after=" + next);
    second.then().statusCode(200);
    Map<String, Object> account = second.path("data[0]");
    assertEquals(oldest.accountId(), account.get("id"));
    assertEquals("starter", account.get("tier"));
    assertEquals(1, account.get("keys"), "the revoked key does not count");
    assertEquals(null, account.get("sub"), "an account made by a key has no Supabase user");
    assertTrue(
        Instant.parse((String) account.get("createdAt")).isBefore(Instant.now()),
        String.valueOf(account.get("createdAt")));
  }

  @Test
  void aSupabaseUsersAccountIsFoundByItsSubAndItsTierChangedThroughIt() {
    String sub = UUID.randomUUID().toString();
    String jwt = TestTokens.jwt(Instant.now()).claim("sub", sub).signedWith(JwtFixture.EC);
    given().header("Authorization", "Bearer " + jwt).get("/api/v1/pulse").then().statusCode(403);

    Response found = admin.call().get("/admin/accounts/" + sub);
    found.then().statusCode(200).body("sub", equalTo(sub)).body("tier", equalTo("free"));
    String accountId = found.path("id");
    assertNotEquals(sub, accountId, "the account has its own id");
    admin
        .call()
        .get("/admin/accounts/" + accountId)
        .then()
        .statusCode(200)
        .body("sub", equalTo(sub));

    admin
        .call()
        .body(Map.of("tier", "pro"))
        .put(tierPath(sub))
        .then()
        .statusCode(200)
        .body("id", equalTo(accountId))
        .body("sub", equalTo(sub))
        .body("tier", equalTo("pro"));
    Response upgraded = given().header("Authorization", "Bearer " + jwt).get("/api/v1/pulse");
    upgraded.then().statusCode(200);
    assertTrue(
        upgraded.header("RateLimit-Policy").contains("\"day\";q=500"),
        "pro's daily quota: " + upgraded.header("RateLimit-Policy"));
  }

  @Test
  void anAccountIdWinsOverTheSameTextAsAnotherAccountsSub() {
    Admin.Key key = admin.createKey("api", "startup");
    String jwt =
        TestTokens.jwt(Instant.now()).claim("sub", key.accountId()).signedWith(JwtFixture.EC);
    given()
        .header("Authorization", "Bearer " + jwt)
        .get("/v1/market/trending")
        .then()
        .statusCode(200);

    admin
        .call()
        .get("/admin/accounts/" + key.accountId())
        .then()
        .statusCode(200)
        .body("id", equalTo(key.accountId()))
        .body("sub", nullValue())
        .body("tier", equalTo("startup"));
  }

  private static String tierPath(String account) {
    return "/admin/accounts/" + account + "/tier";
  }

  /** A call to the admin API with this Authorization header, or none. */
  private RequestSpecification caller(String authorization) {
    RequestSpecification call =
        given().baseUri("http://127.0.0.1").port(adminServer.port()).contentType(ContentType.JSON);
    return authorization == null ? call : call.header("Authorization", authorization);
  }

  private static void refused(Response response, int status, String code) {
    response
        .then()
        .statusCode(status)
        .contentType(ContentType.JSON)
        .body("error.code", equalTo(code))
        .body("error.message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()));
  }
}
