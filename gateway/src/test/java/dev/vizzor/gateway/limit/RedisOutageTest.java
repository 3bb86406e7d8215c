package dev.vizzor.gateway.limit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.gateway.admin.AdminServer;
import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.gateway.support.StoppableRedis;
import dev.vizzor.gateway.support.WebSockets;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Redis stops mid-run: each node limits on its own at limit ÷ expected replicas (never wide open,
 * never refusing everything) and says so on /health; when Redis is back, shared limits resume by
 * themselves. WebSocket tickets live only in Redis: none is minted or redeemed meanwhile.
 */
@QuarkusTest
@TestProfile(RedisOutageTest.TenPerMinutePerKey.class)
class RedisOutageTest {
  public static class TenPerMinutePerKey extends GatewayTestProfile {
    @Override
    protected Class<? extends QuarkusTestResourceLifecycleManager> redis() {
      return StoppableRedis.class;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new java.util.HashMap<>(super.getConfigOverrides());
      config.put("vizzor.gateway.limits.api-key-per-minute", "10");
      config.put("vizzor.gateway.limits.expected-replicas", "2");
      config.put("vizzor.gateway.limits.redis-probe-interval", "200ms");
      return config;
    }
  }

  @Inject AdminServer adminServer;

  @Test
  void theFallbackHoldsWhileRedisIsDownAndSharedLimitsReturnWithIt() {
    Admin.Key key = new Admin(adminServer.port()).createKey("api", "pro");
    assertEquals(4, admitted(key, 4), "shared limit while Redis is up");

    withoutRedis(
        () -> {
          assertEquals(5, admitted(key, 20), "10 per minute ÷ 2 replicas on this node alone");
          given()
              .get("/health")
              .then()
              .body("status", equalTo("degraded"))
              .body("limits", equalTo("local-fallback"));
        });
    // The restarted Redis kept nothing (no persistence): the key has its full shared 10 again.
    assertEquals(10, admitted(key, 20), "shared limit again");
  }

  @Test
  void whileRedisIsDownNoTicketIsMintedAndNoneOpensASocket() {
    Admin.Key key = new Admin(adminServer.port()).createKey("api", "pro");
    String ticket = WebSockets.ticket(given().header("X-API-Key", key.secret()));

    withoutRedis(
        () -> {
          given()
              .header("X-API-Key", key.secret())
              .post(WebSockets.TICKET_PATH)
              .then()
              .statusCode(503)
              .header("Retry-After", "5")
              .body("error.code", equalTo("service_unavailable"))
              .body("error.retryAfter", equalTo(5));
          WebSockets.upgrade()
              .queryParam("ticket", ticket)
              .get("/ws")
              .then()
              .statusCode(401)
              .body("error.code", equalTo("unauthorized"));
        });
  }

  /** Runs {@code checks} while Redis is stopped, then waits for the shared limits to be back. */
  private static void withoutRedis(Runnable checks) {
    StoppableRedis.stopRedis();
    try {
      checks.run();
    } finally {
      StoppableRedis.startRedis();
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> given().get("/health").then().body("limits", equalTo("shared")));
  }

  private static int admitted(Admin.Key key, int requests) {
    int admitted = 0;
    for (int i = 0; i < requests; i++) {
      int status =
          given().header("X-API-Key", key.secret()).get("/v1/market/trending").statusCode();
      if (status == 200) {
        admitted++;
      } else {
        assertEquals(429, status);
      }
    }
    return admitted;
  }
}
