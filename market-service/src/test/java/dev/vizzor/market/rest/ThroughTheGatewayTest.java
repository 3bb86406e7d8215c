package dev.vizzor.market.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.market.MutableClock;
import dev.vizzor.market.service.VelocityIngest;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.PackagedApp;
import dev.vizzor.testsupport.Ports;
import dev.vizzor.testsupport.PostgresServer;
import dev.vizzor.testsupport.RedisServerHandle;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The market endpoints as clients reach them: through the packaged gateway on its own port, with
 * keys made by its admin API, on the replay with a stopped clock. Each answer through the gateway
 * equals the service's own answer (whose shapes {@link MarketEndpointsTest} and {@link
 * VelocityEndpointsTest} pin down) and carries the edge's headers; the Velocity shapes and both
 * error envelopes are checked against the seeds here too; internal paths are not reachable.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThroughTheGatewayTest {
  private static final String ADMIN_TOKEN = "through-the-gateway-admin-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/")
  URL market;

  @Inject MutableClock clock;
  @Inject VelocityIngest ingest;

  private final int adminPort = Ports.free();
  private String gatewayDatabase;
  private PackagedApp gateway;
  private String apiKey;
  private String velocityKey;

  @BeforeAll
  void startTheGateway() throws Exception {
    PostgresServer postgres = PostgresServer.get();
    gatewayDatabase = postgres.createDatabase("vizzor_gateway_test");
    String marketUrl = market.toString().replaceAll("/$", "");
    gateway =
        PackagedApp.start(
            Path.of("..", "gateway", "target", "quarkus-app", "quarkus-run.jar"),
            Map.of(
                "vizzor.gateway.services.market", marketUrl,
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(gatewayDatabase),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(gatewayDatabase),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "quarkus.redis.hosts", RedisServerHandle.get().url(),
                "vizzor.gateway.admin.token", ADMIN_TOKEN,
                "vizzor.gateway.admin.port", Integer.toString(adminPort),
                "vizzor.gateway.internal-token.private-key", InternalTokenFixture.privateKeyPem()),
            Path.of("target", "gateway-in-front-of-market.log"));
    ingest.pass().await().indefinitely();
    apiKey = createKey("api", "enterprise");
    velocityKey = createKey("vel", "pro");
  }

  @AfterAll
  void stopTheGateway() throws Exception {
    if (gateway != null) {
      gateway.close();
    }
    if (gatewayDatabase != null) {
      PostgresServer.get().dropDatabase(gatewayDatabase);
    }
  }

  @BeforeEach
  void stopTheClock() {
    clock.set(Instant.now());
  }

  private String createKey(String type, String tier) {
    return given()
        .baseUri("http://127.0.0.1")
        .port(adminPort)
        .auth()
        .oauth2(ADMIN_TOKEN)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "contract-" + type, "type", type, "tier", tier))
        .post("/admin/keys")
        .then()
        .statusCode(201)
        .extract()
        .path("key");
  }

  private RequestSpecification viaGateway() {
    return given().urlEncodingEnabled(false).baseUri(gateway.url()).header("X-API-Key", apiKey);
  }

  private RequestSpecification direct() {
    return given()
        .urlEncodingEnabled(false)
        .baseUri(market.toString())
        .auth()
        .oauth2(InternalTokenFixture.token().signed());
  }

  private static JsonNode body(Response response) throws Exception {
    return JSON.readTree(response.asString());
  }

  /** The answer without {@code cached}, which says whether this particular call hit Redis. */
  private static JsonNode withoutCacheFlags(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("cached");
    }
    node.forEach(ThroughTheGatewayTest::strip);
  }

  private static Set<String> fields(JsonNode object) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private void assertSameThroughTheGateway(String method, String path, String body)
      throws Exception {
    RequestSpecification edge = viaGateway();
    RequestSpecification service = direct();
    if (body != null) {
      edge.contentType(ContentType.JSON).body(body);
      service.contentType(ContentType.JSON).body(body);
    }
    Response viaEdge = edge.request(method, path);
    Response fromService = service.request(method, path);

    assertEquals(200, viaEdge.statusCode(), path + ": " + viaEdge.asString());
    assertEquals(200, fromService.statusCode(), path + ": " + fromService.asString());
    assertEquals(
        withoutCacheFlags(body(fromService)),
        withoutCacheFlags(body(viaEdge)),
        method + " " + path);
    assertNotNull(viaEdge.header("X-Request-Id"), "X-Request-Id");
    assertNotNull(viaEdge.header("X-RateLimit-Limit"), "X-RateLimit-Limit");
    assertNotNull(viaEdge.header("X-RateLimit-Remaining"), "X-RateLimit-Remaining");
    assertNotNull(viaEdge.header("X-RateLimit-Reset"), "X-RateLimit-Reset");
  }

  @Test
  void everyVizzorMarketEndpointAnswersThroughTheGatewayAsTheServiceDoes() throws Exception {
    assertSameThroughTheGateway("GET", "/v1/market/price/btc", null);
    assertSameThroughTheGateway("GET", "/v1/market/price/ETH%2FUSDT", null);
    assertSameThroughTheGateway(
        "GET", "/v1/market/prices?symbols=BTC,eth,SOLUSDT,NOPE,b%40d", null);
    assertSameThroughTheGateway("GET", "/v1/market/trending", null);
    assertSameThroughTheGateway("GET", "/v1/market/fear-greed?history=7", null);
    assertSameThroughTheGateway("GET", "/v1/market/trenches", null);
    assertSameThroughTheGateway("POST", "/trends", "{\"window\":\"24h\"}");
  }

  @Test
  void everyAnswerSaysItComesFromTheReplay() throws Exception {
    assertEquals("replay", body(viaGateway().get("/v1/market/price/BTC")).get("source").asText());
    for (JsonNode price :
        body(viaGateway().get("/v1/market/prices?symbols=BTC,ETH")).get("prices")) {
      assertEquals("replay", price.get("source").asText());
    }
    assertEquals("replay", body(viaGateway().get("/v1/market/fear-greed")).get("source").asText());
    assertEquals(
        "replay",
        body(viaGateway().contentType(ContentType.JSON).body("{}").post("/trends"))
            .get("source")
            .asText());
  }

  @Test
  void anUnknownSymbolIsA404InTheVizzorEnvelope() throws Exception {
    Response response = viaGateway().get("/v1/market/price/NOPE");

    assertEquals(404, response.statusCode());
    JsonNode error = body(response).get("error");
    assertEquals(Set.of("error"), fields(body(response)));
    assertEquals(Set.of("code", "message"), fields(error));
    assertEquals("not_found", error.get("code").asText());
  }

  @Test
  void velocityTrendsAndPulseHaveTheSeedsShapesThroughTheGateway() throws Exception {
    Response trends =
        given().baseUri(gateway.url()).auth().oauth2(velocityKey).get("/api/v1/trends?limit=5");
    assertEquals(200, trends.statusCode(), trends.asString());
    JsonNode body = body(trends);
    assertEquals(Set.of("data", "meta"), fields(body));
    assertEquals(
        Set.of("total", "limit", "category", "minScore", "timestamp"), fields(body.get("meta")));
    assertEquals(5, body.get("meta").get("limit").asInt());
    assertEquals("all", body.get("meta").get("category").asText());
    assertEquals(5, body.get("data").size(), "10 items exist; limit 5");
    for (JsonNode item : body.get("data")) {
      assertEquals(VelocityEndpointsTest.TREND_FIELDS, fields(item));
    }
    assertNotNull(trends.header("X-RateLimit-Limit"));

    Response pulse = given().baseUri(gateway.url()).auth().oauth2(velocityKey).get("/api/v1/pulse");
    assertEquals(200, pulse.statusCode(), pulse.asString());
    assertEquals(Set.of("data", "meta"), fields(body(pulse)));
    assertEquals(10, body(pulse).get("meta").get("total").asInt(), "8 crypto + 2 market items");
  }

  @Test
  void aBadVelocityParameterIsA400InTheVelocityEnvelope() throws Exception {
    Response response =
        given().baseUri(gateway.url()).auth().oauth2(velocityKey).get("/api/v1/trends?limit=0");

    assertEquals(400, response.statusCode());
    assertEquals(Set.of("error", "message"), fields(body(response)));
    assertEquals("bad_request", body(response).get("error").asText());
  }

  @Test
  void internalPathsAreNotReachableFromOutside() throws Exception {
    Response response = viaGateway().get("/internal/candles/BTC");

    assertEquals(404, response.statusCode());
    assertEquals(Set.of("code", "message"), fields(body(response).get("error")));
    assertEquals(
        200,
        given()
            .auth()
            .oauth2(InternalTokenFixture.serviceToken("prediction-service").signedAsService())
            .get("/internal/candles/BTC")
            .statusCode(),
        "the path exists, for the suite's services");
  }
}
