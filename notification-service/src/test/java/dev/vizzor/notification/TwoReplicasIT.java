package dev.vizzor.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.MarketTicks;
import dev.vizzor.testsupport.PackagedApp;
import dev.vizzor.testsupport.Ports;
import dev.vizzor.testsupport.PostgresServer;
import dev.vizzor.testsupport.RedisServerHandle;
import dev.vizzor.testsupport.TickPartitions;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two packaged notification-service replicas, each behind its own packaged gateway, as k8s runs
 * them: the replicas split the tick partitions between them, so each evaluates only some rules, and
 * yet a client on either gateway receives every alert of its account and no other account's; a
 * client resumes on the other replica; a ticket minted on one gateway opens a socket on the other;
 * and a closed socket gives its concurrency slot back on both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoReplicasIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN_TOKEN = "two-replicas-admin-token-0123456789abcdef";
  private static final String TICKS = "vizzor.market.ticks";
  private static final int TICK_PARTITIONS = 6;
  private static final String RULES_GROUP = "notification-service-rules";
  private static final Path SERVICE_JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final Path GATEWAY_JAR =
      Path.of("..", "gateway", "target", "quarkus-app", "quarkus-run.jar");
  private static final int STARTER_CONCURRENCY = 2;

  private final KafkaBroker broker = KafkaBroker.get();
  private final int adminPort = Ports.free();
  private final List<PackagedApp> processes = new ArrayList<>();
  private final List<String> databases = new ArrayList<>();
  private PackagedApp gatewayA;
  private PackagedApp gatewayB;

  @BeforeAll
  void startTwoReplicasEachBehindAGateway() throws Exception {
    broker.createTopic(TICKS, TICK_PARTITIONS);
    broker.createTopic(PredictionEvents.EMITTED, TICK_PARTITIONS);
    broker.createTopics("vizzor.notifications.pushes");
    Map<String, String> service = databaseConfig("vizzor_notification_it");
    service.put("kafka.bootstrap.servers", broker.bootstrapServers());
    service.put("quarkus.redis.hosts", RedisServerHandle.get().url());
    service.put("VIZZOR_INTERNAL_JWT_PUBLIC_KEY", InternalTokenFixture.publicKeyPem());
    service.put("VIZZOR_SERVICE_JWT_PUBLIC_KEYS", InternalTokenFixture.servicePublicKeys());
    service.put("VIZZOR_SERVICE_JWT_PRIVATE_KEY", InternalTokenFixture.servicePrivateKeyPem());
    PackagedApp replicaA = start(SERVICE_JAR, service, "notification-replica-a");
    PackagedApp replicaB = start(SERVICE_JAR, service, "notification-replica-b");

    Map<String, String> gateway = databaseConfig("vizzor_gateway_it");
    gateway.put("quarkus.redis.hosts", RedisServerHandle.get().url());
    gateway.put("vizzor.gateway.admin.token", ADMIN_TOKEN);
    gateway.put("vizzor.gateway.internal-token.private-key", InternalTokenFixture.privateKeyPem());
    gateway.put("vizzor.gateway.limits.tiers.starter.concurrent", "" + STARTER_CONCURRENCY);
    gateway.put("vizzor.gateway.limits.tiers.starter.per-minute", "1000");
    gateway.put("vizzor.gateway.services.notification", replicaA.url());
    gateway.put("vizzor.gateway.admin.port", Integer.toString(adminPort));
    gatewayA = start(GATEWAY_JAR, gateway, "gateway-a");
    gateway.put("vizzor.gateway.services.notification", replicaB.url());
    gateway.put("vizzor.gateway.admin.port", "0");
    gatewayB = start(GATEWAY_JAR, gateway, "gateway-b");

    awaitRuleEvaluationSplitAcrossBothReplicas();
    awaitPushesOnBothReplicas();
  }

  @AfterAll
  void stopEverything() throws Exception {
    for (PackagedApp process : processes.reversed()) {
      process.close();
    }
    databases.forEach(PostgresServer.get()::dropDatabase);
  }

  private Map<String, String> databaseConfig(String prefix) {
    PostgresServer postgres = PostgresServer.get();
    String database = postgres.createDatabase(prefix);
    databases.add(database);
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
    config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
    config.put("quarkus.datasource.username", postgres.user());
    config.put("quarkus.datasource.password", postgres.password());
    return config;
  }

  private PackagedApp start(Path jar, Map<String, String> config, String name) throws Exception {
    PackagedApp app = PackagedApp.start(jar, config, Path.of("target", name + ".log"));
    processes.add(app);
    return app;
  }

  /**
   * Both replicas hold tick partitions, and every partition is read: a probe account's rule on a
   * symbol of each partition has fired. (A new group member starts at the newest tick, so a tick
   * published before its partition was assigned would be skipped.)
   */
  private void awaitRuleEvaluationSplitAcrossBothReplicas() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> ruleConsumers().size() == 2 && !ruleConsumers().containsValue(0));
    String probe = createKey("pro");
    Collection<String> symbols = symbolOnEachTickPartition();
    symbols.forEach(symbol -> createRule(gatewayA, probe, symbol));
    try (PushClient alerts = new PushClient(socket(gatewayA), apiKey(probe));
        MarketTicks ticks = new MarketTicks(broker)) {
      Awaitility.await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                Set<String> fired = alertedSymbols(alerts);
                symbols.stream()
                    .filter(s -> !fired.contains(s))
                    .forEach(s -> ticks.tick(UUID.randomUUID(), s, "11", Instant.now()));
                return fired.containsAll(symbols);
              });
    }
  }

  /** Each replica's push reader is at the end of the topic: a probe emission reached both. */
  private void awaitPushesOnBothReplicas() throws Exception {
    try (PushClient onA = new PushClient(socket(gatewayA), apiKey(createKey("pro")));
        PushClient onB = new PushClient(socket(gatewayB), apiKey(createKey("pro")));
        PredictionEvents producer = new PredictionEvents(broker)) {
      ObjectNode probe = PredictionEvents.scheduled(uniqueSymbol(), "advisory");
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                UUID event = producer.emit(probe);
                return onA.has(event) && onB.has(event)
                    || !onA.received().isEmpty() && !onB.received().isEmpty();
              });
    }
  }

  /** The members of the rule-evaluating group, each with the number of tick partitions it holds. */
  private Map<String, Integer> ruleConsumers() throws Exception {
    return TickPartitions.heldBy(broker, RULES_GROUP);
  }

  /** A fresh symbol for each tick partition. */
  private static Collection<String> symbolOnEachTickPartition() {
    return TickPartitions.symbolOnEach(TICK_PARTITIONS, "R");
  }

  @Test
  void anAlertReachesItsOwnerOnEitherReplicaWhicheverEvaluatedItAndNoOneElse() throws Exception {
    String owner = createKey("pro");
    String stranger = createKey("pro");
    Collection<String> symbols = symbolOnEachTickPartition();
    symbols.forEach(symbol -> createRule(gatewayB, owner, symbol));
    try (PushClient ownerOnA = new PushClient(socket(gatewayA), apiKey(owner));
        PushClient ownerOnB = new PushClient(socket(gatewayB), apiKey(owner));
        PushClient strangerOnA = new PushClient(socket(gatewayA), apiKey(stranger));
        PushClient strangerOnB = new PushClient(socket(gatewayB), apiKey(stranger));
        MarketTicks ticks = new MarketTicks(broker);
        PredictionEvents producer = new PredictionEvents(broker)) {
      symbols.forEach(symbol -> ticks.tick(UUID.randomUUID(), symbol, "11", Instant.now()));
      for (PushClient client : List.of(ownerOnA, ownerOnB)) {
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> alertedSymbols(client).containsAll(symbols));
      }
      Map<String, Integer> evaluators = ruleConsumers();
      assertTrue(
          evaluators.size() == 2 && !evaluators.containsValue(0),
          "both replicas evaluated some of the ticks: " + evaluators);

      List<String> listed =
          given()
              .baseUri(gatewayA.url())
              .header("X-API-Key", owner)
              .get("/v1/notifications?type=price_above&limit=100")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.id");
      assertEquals(Set.copyOf(listed), ids(ownerOnA.received("alert")), "what REST lists");
      assertEquals(Set.copyOf(listed), ids(ownerOnB.received("alert")), "the same on B");
      assertEquals(symbols.size(), ownerOnB.received("alert").size(), "each alert once");

      UUID sentinel = producer.emit(PredictionEvents.scheduled(uniqueSymbol(), "advisory"));
      for (PushClient client : List.of(strangerOnA, strangerOnB)) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> client.has(sentinel));
        assertTrue(
            client.received("alert").isEmpty(),
            "another account's alerts never reach this client: " + client.received("alert"));
      }
    }
  }

  @Test
  void aClientThatReconnectsToTheOtherReplicaResumesWithNoGapAndNoDuplicate() throws Exception {
    String key = createKey("pro");
    String symbol = uniqueSymbol();
    String subscribe = "{\"type\":\"subscribe\",\"symbols\":[\"" + symbol + "\"]}";
    try (PredictionEvents producer = new PredictionEvents(broker)) {
      UUID seen;
      try (PushClient onA = new PushClient(socket(gatewayA), apiKey(key))) {
        onA.send(subscribe);
        onA.await(m -> m.path("type").asText().equals("subscribed"));
        seen = producer.emit(PredictionEvents.scheduled(symbol, "tracked"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> onA.has(seen));
      }
      UUID missedFirst;
      UUID missedSecond;
      try (PushClient watcher = new PushClient(socket(gatewayB), apiKey(createKey("pro")))) {
        missedFirst = producer.emit(PredictionEvents.scheduled(symbol, "tracked"));
        missedSecond = producer.emit(PredictionEvents.scheduled(symbol, "advisory"));
        // connected before both were published: once it has the second, this replica read both
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> watcher.has(missedSecond));
      }
      try (PushClient onB = new PushClient(socket(gatewayB), apiKey(key))) {
        onB.send(subscribe);
        onB.send("{\"type\":\"resume\",\"lastId\":\"" + seen + "\"}");
        JsonNode resumed = onB.await(m -> m.path("type").asText().equals("resumed"));
        assertEquals(2, resumed.at("/data/replayed").asInt(), resumed.toString());
        assertTrue(resumed.at("/data/complete").asBoolean(), resumed.toString());
        UUID live = producer.emit(PredictionEvents.scheduled(symbol, "high-conviction"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> onB.has(live));
        assertEquals(
            List.of(missedFirst.toString(), missedSecond.toString(), live.toString()),
            onB.received("prediction_emitted").stream().map(m -> m.path("id").asText()).toList(),
            "what was missed, in order, then live; nothing twice");
      }
    }
  }

  @Test
  void aTicketMintedOnOneGatewayOpensASocketOnTheOtherOnce() throws Exception {
    String key = createKey("pro");
    String url =
        given()
            .baseUri(gatewayA.url())
            .header("X-API-Key", key)
            .post("/v1/notifications/ws-ticket")
            .then()
            .statusCode(201)
            .extract()
            .path("url");
    try (PushClient browser = new PushClient(URI.create(wsBase(gatewayB) + url), Map.of());
        PredictionEvents producer = new PredictionEvents(broker)) {
      UUID event = producer.emit(PredictionEvents.scheduled(uniqueSymbol(), "advisory"));
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> browser.has(event));
    }
    assertEquals(401, refusal(URI.create(wsBase(gatewayA) + url), Map.of()), "single use");
  }

  @Test
  void anUpgradeWithoutACredentialIsRefusedByBothGateways() {
    assertEquals(401, refusal(socket(gatewayA), Map.of()));
    assertEquals(401, refusal(socket(gatewayB), Map.of()));
  }

  @Test
  void aClosedSocketGivesItsConcurrencySlotBackAcrossBothGateways() {
    Map<String, String> key = apiKey(createKey("starter"));
    List<PushClient> open = new ArrayList<>();
    try {
      for (int i = 0; i < STARTER_CONCURRENCY; i++) {
        open.add(new PushClient(socket(i % 2 == 0 ? gatewayA : gatewayB), key));
      }
      assertEquals(429, refusal(socket(gatewayA), key), "every slot is held");
      assertEquals(429, refusal(socket(gatewayB), key), "on the other gateway too");
      open.removeFirst().close();
      PushClient again =
          Awaitility.await()
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(200))
              .until(() -> connectOrNull(socket(gatewayB), key), client -> client != null);
      open.add(again);
    } finally {
      open.forEach(PushClient::close);
    }
  }

  private static PushClient connectOrNull(URI uri, Map<String, String> headers) {
    try {
      return new PushClient(uri, headers);
    } catch (CompletionException refused) {
      return null;
    }
  }

  /** The status a refused upgrade is answered with; fails if the socket opens. */
  private static int refusal(URI uri, Map<String, String> headers) {
    CompletionException refused =
        assertThrows(CompletionException.class, () -> new PushClient(uri, headers).close());
    if (refused.getCause() instanceof WebSocketHandshakeException handshake) {
      return handshake.getResponse().statusCode();
    }
    throw new AssertionError("not a refused upgrade", refused);
  }

  private String createKey(String tier) {
    return given()
        .baseUri("http://127.0.0.1")
        .port(adminPort)
        .auth()
        .oauth2(ADMIN_TOKEN)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "two-replicas-" + UUID.randomUUID(), "type", "api", "tier", tier))
        .post("/admin/keys")
        .then()
        .statusCode(201)
        .extract()
        .path("key");
  }

  private static void createRule(PackagedApp gateway, String key, String symbol) {
    given()
        .baseUri(gateway.url())
        .header("X-API-Key", key)
        .contentType(ContentType.JSON)
        .body("{\"type\":\"price_above\",\"symbol\":\"" + symbol + "\",\"threshold\":10}")
        .post("/v1/notifications/rules")
        .then()
        .statusCode(201);
  }

  private static Map<String, String> apiKey(String key) {
    return Map.of("X-API-Key", key);
  }

  private static String wsBase(PackagedApp gateway) {
    return gateway.url().replaceFirst("^http", "ws");
  }

  private static URI socket(PackagedApp gateway) {
    return URI.create(wsBase(gateway) + "/ws");
  }

  private static String uniqueSymbol() {
    return "R" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
  }

  private static Set<String> alertedSymbols(PushClient client) {
    return client.received("alert").stream()
        .map(m -> m.at("/data/symbol").asText())
        .collect(Collectors.toSet());
  }

  private static Set<String> ids(List<JsonNode> messages) {
    return messages.stream().map(m -> m.path("id").asText()).collect(Collectors.toSet());
  }
}
