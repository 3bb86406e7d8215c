import dev.vizzor.common.events.SuiteTopicNames;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.MarketStub;
import dev.vizzor.testsupport.PackagedApp;
import dev.vizzor.testsupport.PostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Two packaged agent-service replicas on one database, an in-process KRaft broker and the market
 * stub. Measures (1) an emergency stop pulled on replica A until both replicas' views hold it
 * (issue 15: within a second), (2) a tick until all 100 agents trading its symbol have decided, each
 * against one Kafka produce→consume hop measured in the same run (the anchor). Loopback only;
 * bounded by its rounds.
 */
public class AgentBench {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Pattern IDS = Pattern.compile("\"ids\"\\s*:\\s*\"([^\"]*)\"");
  static final int AGENTS = 100;

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable failed) {
      failed.printStackTrace();
      // the broker's and the clients' threads would keep the JVM alive
      System.exit(1);
    }
    System.exit(0);
  }

  static void run(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    Path jar = Path.of(args[1]);
    Path logs = Path.of(args[2]);
    KafkaBroker broker = KafkaBroker.get();
    broker.createTopics(SuiteTopicNames.ALL.toArray(String[]::new));
    MarketStub market = new MarketStub();
    market.init(Map.of("url-property", "vizzor.agent.market-url"));
    Map<String, String> config = new HashMap<>(market.start());
    PostgresServer postgres = PostgresServer.get();
    String database = postgres.createDatabase("vizzor_bench_agents");
    config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
    config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
    config.put("quarkus.datasource.username", postgres.user());
    config.put("quarkus.datasource.password", postgres.password());
    config.put("kafka.bootstrap.servers", broker.bootstrapServers());
    config.put("quarkus.log.level", System.getProperty("bench.log-level", "WARN"));
    config.put("VIZZOR_INTERNAL_JWT_PUBLIC_KEY", InternalTokenFixture.publicKeyPem());
    config.put("VIZZOR_SERVICE_JWT_PUBLIC_KEYS", InternalTokenFixture.servicePublicKeys());
    config.put("VIZZOR_SERVICE_JWT_PRIVATE_KEY", InternalTokenFixture.servicePrivateKeyPem());
    try (PackagedApp a = PackagedApp.start(jar, config, logs.resolve("replica-a.log"));
        PackagedApp b = PackagedApp.start(jar, config, logs.resolve("replica-b.log"))) {
      double[] anchor = kafkaHops(broker, rounds);
      report("anchor: Kafka produce→consume", anchor);
      double[] stops = stopPropagation(a, b, rounds);
      report("stop pulled on A → held by both replicas", stops);
      ratio(stops, anchor);
      double[] ticks = tickToDecisions(broker, a, rounds, database);
      report("tick → " + AGENTS + " agents decided", ticks);
      ratio(ticks, anchor);
      System.out.printf(
          "decisions per second at p50: %.0f%n", AGENTS / (percentile(ticks, 50) / 1000));
    } finally {
      market.stop();
      postgres.dropDatabase(database);
    }
  }

  /** Milliseconds from the stop's answer until both replicas' /q/health/live list it. */
  static double[] stopPropagation(PackagedApp a, PackagedApp b, int rounds) throws Exception {
    String owner = token(UUID.randomUUID());
    double[] took = new double[rounds];
    for (int r = -3; r < rounds; r++) {
      String body = send(a.url() + "/v1/agents/emergency-stop", "POST", owner, "{\"reason\":\"bench\"}");
      long answered = System.nanoTime();
      String id = field(body, "id");
      while (!known(a, id) || !known(b, id)) {
        Thread.onSpinWait();
      }
      if (r >= 0) {
        took[r] = (System.nanoTime() - answered) / 1e6;
      }
      send(a.url() + "/v1/agents/emergency-stop", "DELETE", owner, null);
      while (known(a, id) || known(b, id)) {
        Thread.sleep(5);
      }
    }
    return took;
  }

  static boolean known(PackagedApp replica, String id) throws Exception {
    String health =
        HTTP.send(
                HttpRequest.newBuilder(URI.create(replica.url() + "/q/health/live")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher ids = IDS.matcher(health);
    return ids.find() && Arrays.asList(ids.group(1).split(",")).contains(id);
  }

  /**
   * Milliseconds from a BTC tick's send until the last of 100 agents deciding every minute on BTC
   * has published its decision on that tick (read from vizzor.agents.decisions).
   */
  static double[] tickToDecisions(KafkaBroker broker, PackagedApp a, int rounds, String database)
      throws Exception {
    String firstOwner = null;
    for (int i = 0; i < AGENTS; i++) {
      String owner = token(UUID.randomUUID());
      firstOwner = firstOwner == null ? owner : firstOwner;
      String name = "bench-" + i;
      send(
          a.url() + "/v1/agents",
          "POST",
          owner,
          ("{\"name\":\"%s\",\"strategy\":{\"type\":\"momentum\",\"params\":{\"period\":2}},"
                  + "\"symbols\":[\"BTC\"],\"interval\":\"1m\",\"risk\":{\"maxTradesPerDay\":1000}}")
              .formatted(name));
      send(a.url() + "/v1/agents/" + name + "/start", "POST", owner, "");
    }
    Map<String, Integer> decided = new ConcurrentHashMap<>();
    Map<String, Long> done = new ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();
    Pattern marketTime = Pattern.compile("\"marketTime\"\\s*:\\s*\"([^\"]+)\"");
    Reader reader =
        new Reader(
            broker,
            "vizzor.agents.decisions",
            record -> {
              Matcher m = marketTime.matcher(record.value());
              seen.incrementAndGet();
              if (m.find() && decided.merge(m.group(1), 1, Integer::sum) == AGENTS) {
                done.put(m.group(1), System.nanoTime());
              }
            });
    double[] took = new double[rounds];
    Instant start = LocalDateTime.parse("2023-06-01T10:00:00").toInstant(ZoneOffset.UTC);
    try (KafkaProducer<String, String> producer = producer(broker)) {
      // the replicas' tick group may still be joining: tick until every agent has decided once
      long warm = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      for (int w = 0; done.isEmpty(); w++) {
        if (System.nanoTime() > warm) {
          throw new IllegalStateException(
              "no tick was decided on in 90 s: "
                  + decided
                  + "; decision records read: "
                  + seen.get()
                  + "; outbox rows waiting: "
                  + outbox(database)
                  + "; bench-0's decisions: "
                  + send(a.url() + "/v1/agents/bench-0/decisions", "GET", firstOwner, null)
                      .split("\"id\"").length);
        }
        producer.send(tick(start.minusSeconds(3600 - 61L * w))).get();
        Thread.sleep(500);
      }
      for (int r = -5; r < rounds; r++) {
        Instant at = start.plusSeconds(61L * (r + 5));
        long sent = System.nanoTime();
        producer.send(tick(at)).get();
        long deadline = sent + Duration.ofSeconds(60).toNanos();
        // the decision's marketTime as agent-service writes it (Instant.toString, as here)
        String wanted = at.toString();
        while (!done.containsKey(wanted) && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
        if (!done.containsKey(wanted)) {
          throw new IllegalStateException(
              "round " + r + ": " + decided.getOrDefault(wanted, 0) + " of " + AGENTS + " decided");
        }
        if (r >= 0) {
          took[r] = (done.get(wanted) - sent) / 1e6;
        }
      }
    }
    reader.close();
    return took;
  }

  static long outbox(String database) throws Exception {
    try (var c = PostgresServer.get().connect(database);
        var rs = c.createStatement().executeQuery("select count(*) from outbox")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A BTC tick as market-service publishes it, at market time {@code at}. */
  static ProducerRecord<String, String> tick(Instant at) {
    return new ProducerRecord<>(
        "vizzor.market.ticks",
        "BTCUSDT",
        ("{\"id\":\"%s\",\"symbol\":\"BTC\",\"pair\":\"BTCUSDT\",\"price\":27000.5,"
                + "\"asOf\":\"%s\",\"source\":\"replay\"}")
            .formatted(UUID.randomUUID(), at));
  }

  static double[] kafkaHops(KafkaBroker broker, int rounds) throws Exception {
    String topic = "bench.anchor." + UUID.randomUUID();
    broker.createTopics(topic);
    Map<String, Long> arrived = new ConcurrentHashMap<>();
    Reader reader =
        new Reader(broker, topic, record -> arrived.put(record.value(), System.nanoTime()));
    double[] took = new double[rounds];
    try (KafkaProducer<String, String> producer = producer(broker)) {
      for (int r = -5; r < rounds; r++) {
        String value = "hop-" + r;
        long sent = System.nanoTime();
        producer.send(new ProducerRecord<>(topic, value, value)).get();
        while (!arrived.containsKey(value)) {
          Thread.sleep(1);
        }
        if (r >= 0) {
          took[r] = (arrived.get(value) - sent) / 1e6;
        }
      }
    }
    reader.close();
    return took;
  }

  /** Reads a topic from its end on a thread of its own, each record to {@code onRecord}. */
  static final class Reader implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;

    Reader(
        KafkaBroker broker,
        String topic,
        java.util.function.Consumer<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>>
            onRecord) {
      consumer = consumer(broker);
      consumer.subscribe(List.of(topic));
      while (consumer.assignment().isEmpty()) {
        consumer.poll(Duration.ofMillis(100));
      }
      thread =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      while (!Thread.currentThread().isInterrupted()) {
                        consumer.poll(Duration.ofMillis(20)).forEach(onRecord);
                      }
                    } catch (org.apache.kafka.common.errors.InterruptException stop) {
                      // the run is over
                    }
                  });
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join();
      consumer.close();
    }
  }

  static KafkaProducer<String, String> producer(KafkaBroker broker) {
    Properties p = new Properties();
    p.put("bootstrap.servers", broker.bootstrapServers());
    p.put("key.serializer", StringSerializer.class.getName());
    p.put("value.serializer", StringSerializer.class.getName());
    p.put("linger.ms", "0");
    return new KafkaProducer<>(p);
  }

  static KafkaConsumer<String, String> consumer(KafkaBroker broker) {
    Properties p = new Properties();
    p.put("bootstrap.servers", broker.bootstrapServers());
    p.put("group.id", "bench-" + UUID.randomUUID());
    p.put("auto.offset.reset", "latest");
    p.put("key.deserializer", StringDeserializer.class.getName());
    p.put("value.deserializer", StringDeserializer.class.getName());
    return new KafkaConsumer<>(p);
  }

  static String token(UUID account) {
    return InternalTokenFixture.token()
        .claim("sub", account.toString())
        .claim("tier", "enterprise")
        .signed();
  }

  static String send(String url, String method, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static void report(String what, double[] ms) {
    System.out.printf(
        "%s: n=%d p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        what, ms.length, percentile(ms, 50), percentile(ms, 90), percentile(ms, 99),
        percentile(ms, 100));
  }

  static void ratio(double[] ms, double[] anchor) {
    System.out.printf(
        "  ratio to the anchor: p50 %.1f, p99 %.1f%n",
        percentile(ms, 50) / percentile(anchor, 50), percentile(ms, 99) / percentile(anchor, 99));
  }
}
