package dev.vizzor.gateway.edge;

import static dev.vizzor.gateway.support.WebSockets.TICKET_PATH;
import static dev.vizzor.gateway.support.WebSockets.upgrade;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.gateway.admin.AdminServer;
import dev.vizzor.gateway.auth.jwt.TestTokens;
import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.gateway.support.InternalTokens;
import dev.vizzor.gateway.support.JwtFixture;
import dev.vizzor.gateway.support.Slots;
import dev.vizzor.gateway.support.WebSockets;
import dev.vizzor.gateway.support.WsTicketKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Single-use WebSocket tickets: minted by the gateway itself for any credential, they open one
 * socket as that credential within their TTL (30 s by default) and nothing else; a long-lived key
 * in a URL opens nothing.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class WsTicketTest {
  @Inject AdminServer adminServer;
  @Inject Redis redis;

  @TestHTTPResource("/")
  URL gateway;

  private Admin admin;
  private WsTicketKeys keys;
  private Vertx vertx;
  private WebSocketClient client;

  @BeforeEach
  void start() {
    admin = new Admin(adminServer.port());
    keys = new WsTicketKeys(redis);
    vertx = Vertx.vertx();
    client = vertx.createWebSocketClient();
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void theMintAnswers201WithTheTicketItsExpiryAndTheSocketPath() {
    Admin.Key key = admin.createKey("api", "pro");
    Instant asked = Instant.now();
    Response minted = given().header("X-API-Key", key.secret()).post(TICKET_PATH);
    Instant answered = Instant.now();
    minted
        .then()
        .statusCode(201)
        .contentType("application/json")
        .header("Cache-Control", "no-store")
        .header("X-RateLimit-Limit", notNullValue());
    String ticket = minted.path("ticket");
    try {
      assertEquals(Set.of("ticket", "expiresAt", "url"), minted.as(Map.class).keySet());
      assertEquals(32, Base64.getUrlDecoder().decode(ticket).length, ticket);
      assertFalse(ticket.contains("="), "unpadded base64url: " + ticket);
      assertEquals("/ws?ticket=" + ticket, minted.path("url"));
      String expiresAt = minted.path("expiresAt");
      assertTrue(expiresAt.endsWith("Z"), "UTC: " + expiresAt);
      Instant expires = Instant.parse(expiresAt);
      assertFalse(
          expires.isBefore(asked.plusSeconds(30).truncatedTo(ChronoUnit.SECONDS)), expiresAt);
      assertFalse(expires.isAfter(answered.plusSeconds(30)), expiresAt);

      long ttl = keys.send(Command.PTTL, ticket).toLong();
      assertTrue(ttl > 0 && ttl <= 30_000, "stored under its SHA-256 for at most 30 s: " + ttl);
      JsonObject stored = new JsonObject(keys.send(Command.GET, ticket).toString());
      assertEquals(key.accountId(), stored.getString("accountId"));
      assertEquals("pro", stored.getString("tier"));
    } finally {
      keys.delete(ticket);
    }
  }

  @Test
  void aTicketMintedWithAKeyOpensTheSocketAsThatKeyAndNeverReachesTheService() throws Exception {
    Admin.Key key = admin.createKey("api", "pro");
    String ticket = WebSockets.ticket(given().header("X-API-Key", key.secret()));
    WebSocket socket =
        WebSockets.open(client, gateway.getPort(), "/ws?ticket=" + ticket + "&topic=btc");
    assertEquals("echo:hello", WebSockets.reply(socket, "hello"));
    JsonObject upgrade = new JsonObject(WebSockets.reply(socket, "upgrade"));
    assertEquals("topic=btc", upgrade.getString("query"), "the ticket stays at the gateway");
    Map<String, Object> claims =
        InternalTokens.verify(upgrade.getJsonObject("headers").getString("authorization"));
    assertEquals(key.accountId(), claims.get("sub"));
    assertEquals("pro", claims.get("tier"));
    assertEquals("api_key", claims.get("cred"), "the credential the ticket was minted with");
    assertFalse(keys.exists(ticket), "spent");
    socket.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void aTicketMintedWithASupabaseJwtOpensTheSocketAsThatUser() throws Exception {
    String user = UUID.randomUUID().toString();
    String jwt = TestTokens.jwt(Instant.now()).claim("sub", user).signedWith(JwtFixture.EC);
    String ticket = WebSockets.ticket(given().header("Authorization", "Bearer " + jwt));
    WebSocket socket = WebSockets.open(client, gateway.getPort(), "/ws?ticket=" + ticket);
    JsonObject upgrade = new JsonObject(WebSockets.reply(socket, "upgrade"));
    Map<String, Object> claims =
        InternalTokens.verify(upgrade.getJsonObject("headers").getString("authorization"));
    assertEquals("jwt", claims.get("cred"));
    assertEquals(user, claims.get("usr"));
    socket.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void aTicketOpensOneSocketOnly() throws Exception {
    String ticket = ticketOfANewKey();
    WebSocket socket = WebSockets.open(client, gateway.getPort(), "/ws?ticket=" + ticket);
    refused(upgrade().queryParam("ticket", ticket).get("/ws"));
    socket.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void anExpiredTicketOpensNothing() {
    String ticket = ticketOfANewKey();
    keys.send(Command.PEXPIRE, ticket, 1);
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !keys.exists(ticket));
    refused(upgrade().queryParam("ticket", ticket).get("/ws"));
  }

  @Test
  void aTicketOfAKeyRevokedSinceItWasMintedOpensNothing() {
    Admin.Key key = admin.createKey("api", "pro");
    String ticket = WebSockets.ticket(given().header("X-API-Key", key.secret()));
    admin.revoke(key.name());
    refused(upgrade().queryParam("ticket", ticket).get("/ws"));
  }

  @Test
  void aKeyOrTokenInTheQueryOfAnUpgradeIsNoCredential() {
    Admin.Key api = admin.createKey("api", "pro");
    Admin.Key vel = admin.createKey("vel", "pro");
    String jwt = TestTokens.jwt(Instant.now()).signedWith(JwtFixture.EC);
    refused(upgrade().queryParam("api_key", api.secret()).get("/ws"));
    refused(upgrade().queryParam("access_token", vel.secret()).get("/ws"));
    refused(upgrade().queryParam("access_token", jwt).get("/ws"));
  }

  @Test
  void aTicketIsNoCredentialOutsideAnUpgradeAndIsNotSpentThere() throws Exception {
    String ticket = ticketOfANewKey();
    refused(given().queryParam("ticket", ticket).get("/v1/notifications"));
    refused(given().queryParam("ticket", ticket).get("/ws"));
    WebSocket socket = WebSockets.open(client, gateway.getPort(), "/ws?ticket=" + ticket);
    socket.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void aTicketBesideAnotherCredentialIsRefused() {
    Admin.Key key = admin.createKey("api", "pro");
    String ticket = WebSockets.ticket(given().header("X-API-Key", key.secret()));
    try {
      refused(upgrade().header("X-API-Key", key.secret()).queryParam("ticket", ticket).get("/ws"));
      refused(upgrade().queryParam("ticket", ticket, ticket).get("/ws"));
    } finally {
      keys.delete(ticket);
    }
  }

  @Test
  void mintingNeedsACredentialAndATicketIsNone() {
    refused(given().post(TICKET_PATH));
    String ticket = ticketOfANewKey();
    try {
      refused(given().queryParam("ticket", ticket).post(TICKET_PATH));
    } finally {
      keys.delete(ticket);
    }
  }

  @Test
  void aMintHoldsNoConcurrencySlotOnceAnswered() {
    // Free allows two requests at once: two mints still holding theirs would refuse the third.
    Admin.Key key = admin.createKey("api", "free");
    String first = WebSockets.ticket(given().header("X-API-Key", key.secret()));
    String second = WebSockets.ticket(given().header("X-API-Key", key.secret()));
    keys.delete(first);
    keys.delete(second);
    Slots.awaitFree(key.secret());
  }

  private String ticketOfANewKey() {
    return WebSockets.ticket(given().header("X-API-Key", admin.createKey("api", "pro").secret()));
  }

  private static void refused(Response response) {
    response.then().statusCode(401).body("error.code", equalTo("unauthorized"));
  }
}
