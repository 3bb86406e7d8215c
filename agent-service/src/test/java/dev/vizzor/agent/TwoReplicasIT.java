package dev.vizzor.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.MarketStub;
import dev.vizzor.testsupport.PackagedApp;
import dev.vizzor.testsupport.PostgresServer;
import dev.vizzor.testsupport.RedisServerHandle;
import dev.vizzor.testsupport.TickPartitions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two packaged agent-service replicas on one database, as k8s runs them, splitting the tick
 * partitions between them: agents fill on a fast tick stream on both; an emergency stop pulled on
 * one replica is followed by no fill on either, reaches the other over {@code
 * vizzor.agents.control}, survives that replica's restart, and holds until it is lifted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoReplicasIT {
  private static final int PARTITIONS = 2;
  private static final String GROUP = "agent-service-ticks";
  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

  private final KafkaBroker broker = KafkaBroker.get();
  private final List<PackagedApp> processes = new ArrayList<>();
  private final MarketStub market = new MarketStub();
  private final List<String> symbols = TickPartitions.symbolOnEach(PARTITIONS, "A");
  private Map<String, String> config;
  private String database;
  private PackagedApp replicaA;
  private PackagedApp replicaB;

  @BeforeAll
  void startTwoReplicas() throws Exception {
    broker.createTopic(TickPartitions.TICKS, PARTITIONS);
    broker.createTopics("vizzor.agents.control", "vizzor.agents.decisions", "vizzor.agents.trades");
    market.init(
        Map.of("url-property", "vizzor.agent.market-url", "symbols", String.join(",", symbols)));
    config = new HashMap<>(market.start());
    // the replicas' tick group starts at the newest tick; the stream begins once both hold theirs
    config.remove("mp.messaging.incoming.market-ticks.auto.offset.reset");
    PostgresServer postgres = PostgresServer.get();
    database = postgres.createDatabase("vizzor_agent_it");
    config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
    config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
    config.put("quarkus.datasource.username", postgres.user());
    config.put("quarkus.datasource.password", postgres.password());
    config.put("kafka.bootstrap.servers", broker.bootstrapServers());
    config.put("quarkus.redis.hosts", RedisServerHandle.get().url());
    config.put("VIZZOR_INTERNAL_JWT_PUBLIC_KEY", InternalTokenFixture.publicKeyPem());
    config.put("VIZZOR_SERVICE_JWT_PUBLIC_KEYS", InternalTokenFixture.servicePublicKeys());
    config.put("VIZZOR_SERVICE_JWT_PRIVATE_KEY", InternalTokenFixture.servicePrivateKeyPem());
    replicaA = start("agent-replica-a");
    replicaB = start("agent-replica-b");
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> tickConsumers().size() == 2 && !tickConsumers().containsValue(0));
  }

  @AfterAll
  void stopEverything() throws Exception {
    for (PackagedApp process : processes.reversed()) {
      process.close();
    }
    market.stop();
    PostgresServer.get().dropDatabase(database);
  }

  private PackagedApp start(String name) throws Exception {
    PackagedApp app = PackagedApp.start(JAR, config, Path.of("target", name + ".log"));
    processes.add(app);
    return app;
  }

  @Test
  void noFillFollowsAStopOnEitherReplicaAndTheStopSurvivesARestart() throws Exception {
    UUID halted = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    Api ownerOnA = Api.at(replicaA.url(), halted);
    Api otherOnA = Api.at(replicaA.url(), other);
    for (String symbol : symbols) {
      ownerOnA.create(TickStream.FAST_AGENT.formatted("fast-" + symbol, symbol));
      ownerOnA.postOk("/v1/agents/fast-" + symbol + "/start", "");
      otherOnA.create(TickStream.FAST_AGENT.formatted("sentinel-" + symbol, symbol));
      otherOnA.postOk("/v1/agents/sentinel-" + symbol + "/start", "");
    }
    try (TickStream stream = new TickStream(broker, Instant.parse("2022-10-01T00:00:00Z"))) {
      // the group started at the newest tick: stream until both replicas' agents have filled
      streamUntil(
          stream, () -> symbols.stream().allMatch(s -> fills(ownerOnA, s).size() >= 4), otherOnA);
      // each symbol is on its own partition and each replica holds one: both replicas trade

      JsonNode stop = ownerOnA.postOk("/v1/agents/emergency-stop", "{\"reason\":\"two replicas\"}");
      Instant acknowledged = Instant.now();
      String id = stop.get("id").asText();
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> knownStops(replicaB).contains(id) && knownStops(replicaA).contains(id));
      int before = stream.rounds();
      streamUntil(stream, () -> stream.rounds() >= before + 40, otherOnA);
      assertNoFillAfter(ownerOnA, acknowledged);

      // a restarted replica reads the stop back and its agents stay halted
      replicaB.close();
      processes.remove(replicaB);
      replicaB = start("agent-replica-b-restarted");
      assertTrue(knownStops(replicaB).contains(id), "the stop is read back at start");
      Awaitility.await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> tickConsumers().size() == 2 && !tickConsumers().containsValue(0));
      int restarted = stream.rounds();
      streamUntil(stream, () -> stream.rounds() >= restarted + 40, otherOnA);
      assertNoFillAfter(ownerOnA, acknowledged);
      assertTrue(
          Api.at(replicaB.url(), halted)
              .getOk("/v1/agents/fast-" + symbols.get(0))
              .get("halted")
              .asBoolean());

      // lifted on the other replica: both trade again
      JsonNode lifted =
          Api.at(replicaB.url(), halted)
              .ok(Api.at(replicaB.url(), halted).delete("/v1/agents/emergency-stop"));
      assertFalse(lifted.get("active").asBoolean());
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !knownStops(replicaA).contains(id) && !knownStops(replicaB).contains(id));
      Instant liftedAt = Instant.parse(lifted.get("liftedAt").asText());
      streamUntil(
          stream,
          () ->
              symbols.stream()
                  .allMatch(
                      s ->
                          fills(ownerOnA, s).stream()
                              .anyMatch(
                                  f ->
                                      Instant.parse(f.get("recordedAt").asText())
                                          .isAfter(liftedAt))),
          otherOnA);
    } finally {
      for (String symbol : symbols) {
        ownerOnA.post("/v1/agents/fast-" + symbol + "/stop", "");
        otherOnA.post("/v1/agents/sentinel-" + symbol + "/stop", "");
      }
    }
  }

  private static void assertNoFillAfter(Api owner, Instant acknowledged) {
    for (JsonNode agent : owner.getOk("/v1/agents").get("agents")) {
      for (JsonNode fill : owner.all("/v1/agents/" + agent.get("name").asText() + "/trades")) {
        assertTrue(
            Instant.parse(fill.get("recordedAt").asText()).isBefore(acknowledged),
            fill + " recorded after the stop was answered at " + acknowledged);
      }
    }
  }

  private static List<JsonNode> fills(Api owner, String symbol) {
    return owner.all("/v1/agents/fast-" + symbol + "/trades");
  }

  /**
   * Rounds until {@code done}, then one more, until the sentinel agents of every symbol decided on
   * it: each replica has worked through every earlier tick of its partitions.
   */
  private void streamUntil(TickStream stream, BooleanSupplier done, Api sentinel) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              stream.next(symbols.toArray(String[]::new));
              return done.getAsBoolean();
            });
    Instant last = stream.next(symbols.toArray(String[]::new));
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                symbols.stream()
                    .allMatch(
                        s ->
                            sentinel.all("/v1/agents/sentinel-" + s + "/decisions").stream()
                                .anyMatch(
                                    d -> last.toString().equals(d.path("marketTime").asText()))));
  }

  /** The stop ids a replica holds in its view, from its liveness report. */
  private static String knownStops(PackagedApp replica) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(replica.url() + "/q/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
    for (JsonNode check : Api.read(response.body()).get("checks")) {
      if (check.get("name").asText().equals("emergency-stops")) {
        return check.get("data").get("ids").asText();
      }
    }
    throw new AssertionError("no emergency-stops check: " + response.body());
  }

  private Map<String, Integer> tickConsumers() throws Exception {
    return TickPartitions.heldBy(broker, GROUP);
  }
}
