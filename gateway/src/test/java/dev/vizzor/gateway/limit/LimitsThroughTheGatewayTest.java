package dev.vizzor.gateway.limit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.gateway.admin.AdminServer;
import dev.vizzor.gateway.auth.LastUsedRecorder;
import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.gateway.support.Sha256;
import dev.vizzor.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Limit headers, tier changes and revocations as a client of one gateway sees them. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class LimitsThroughTheGatewayTest {
  @Inject AdminServer adminServer;
  @Inject LastUsedRecorder lastUsed;
  TestDatabase database;

  private Admin admin;

  @BeforeEach
  void admin() {
    admin = new Admin(adminServer.port());
  }

  @Test
  void everyLimitedResponseCarriesClassicAndIetfHeadersForEachPolicy() {
    Admin.Key key = admin.createKey("vel", "pro");
    Response response =
        given().header("Authorization", "Bearer " + key.secret()).get("/api/v1/trends");
    response.then().statusCode(200);
    assertEquals(
        "100", response.header("X-RateLimit-Limit"), "minute (99 left) is tighter than day (499)");
    assertEquals("99", response.header("X-RateLimit-Remaining"));
    long reset = Long.parseLong(response.header("X-RateLimit-Reset"));
    long now = Instant.now().getEpochSecond();
    assertTrue(reset > now && reset <= now + 61, "Reset is a Unix time within the minute");
    assertEquals(
        "\"minute\";q=100;w=60, \"day\";q=500;w=86400, \"concurrency\";q=10;qu=\"concurrent-requests\"",
        response.header("RateLimit-Policy"));
    assertTrue(
        response
            .header("RateLimit")
            .matches("\"minute\";r=99;t=\\d+, \"day\";r=499;t=\\d+, \"concurrency\";r=9"),
        response.header("RateLimit"));
  }

  @Test
  void anApiKeyCarriesItsOwn300PerMinuteWhateverTheTier() {
    Admin.Key key = admin.createKey("api", "free");
    given()
        .header("X-API-Key", key.secret())
        .get("/v1/market/trending")
        .then()
        .statusCode(200)
        .header("X-RateLimit-Limit", "300")
        .header("X-RateLimit-Remaining", "299");
  }

  @Test
  void aTierUpgradeAppliesToTheNextRequestWithTheSameKey() {
    Admin.Key key = admin.createKey("vel", "free");
    String bearer = "Bearer " + key.secret();
    given().header("Authorization", bearer).get("/api/v1/pulse").then().statusCode(403);
    admin.setTier(key.accountId(), "starter");
    given()
        .header("Authorization", bearer)
        .get("/api/v1/pulse")
        .then()
        .statusCode(200)
        .header("X-RateLimit-Limit", "24")
        .header("X-RateLimit-Remaining", "23");
  }

  @Test
  void aRevokedKeyIsRefusedAtOnce() {
    Admin.Key key = admin.createKey("api", "pro");
    given().header("X-API-Key", key.secret()).get("/v1/market/trending").then().statusCode(200);
    admin.revoke(key.name());
    given()
        .header("X-API-Key", key.secret())
        .get("/v1/market/trending")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthorized"));
  }

  @Test
  void keysAreStoredOnlyAsHashAndPrefixAndTheirLastUseIsKept() throws Exception {
    Admin.Key key = admin.createKey("api", "pro");
    given().header("X-API-Key", key.secret()).get("/v1/market/trending").then().statusCode(200);
    lastUsed.flush();
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                database.count(
                        "SELECT count(*) FROM api_keys WHERE name = ? AND last_used_at IS NOT NULL",
                        key.name())
                    == 1);
    String stored =
        database.text(
            "SELECT concat_ws('|', encode(key_hash, 'hex'), display_prefix, name, kind)"
                + " FROM api_keys WHERE name = ?",
            key.name());
    assertNotNull(stored);
    assertTrue(
        !stored.contains(key.secret()) && !stored.contains(key.secret().substring(12)), stored);
    assertEquals(
        java.util.HexFormat.of().formatHex(Sha256.of(key.secret())), stored.split("\\|")[0]);
  }
}
