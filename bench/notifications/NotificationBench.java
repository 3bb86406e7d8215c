import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Tick published to Kafka → the alert's WebSocket message at its owner's client, against one Kafka
 * hop (produce → consume on the same broker) measured in the same rounds as the anchor.
 *
 * <p>1 000 accounts each hold one socket and 10 recurring price_above rules (cool-down 0): 10 000
 * rules on 100 symbols, 100 per symbol. Each round publishes one tick on the next symbol with a
 * price unique to the round, so all 100 of that symbol's rules fire and each alert names its round
 * by its price. Usage: NotificationBench serviceUrl bootstrap privateKeyPem warmupRounds rounds
 * intervalMs
 */
public class NotificationBench {
  static final int ACCOUNTS = 1_000;
  static final int RULES_PER_ACCOUNT = 10;
  static final int SYMBOLS = 100;
  static final long BASE_PRICE = 1_000_000;
  static final Pattern PRICE = Pattern.compile("\"price\":(\\d+)");

  static final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
  static final ConcurrentLinkedQueue<long[]> alerts = new ConcurrentLinkedQueue<>();
  static final ConcurrentLinkedQueue<long[]> anchor = new ConcurrentLinkedQueue<>();
  /** Alerts for ticks of the warm-up are not measured, however late they arrive. */
  static volatile long measuredFromPrice = Long.MAX_VALUE;

  public static void main(String[] args) throws Exception {
    String service = args[0];
    String bootstrap = args[1];
    PrivateKey key = privateKey(Path.of(args[2]));
    int warmup = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    long intervalMs = Long.parseLong(args[5]);

    HttpClient http = HttpClient.newHttpClient();
    List<String> tokens = new ArrayList<>();
    for (int a = 0; a < ACCOUNTS; a++) {
      tokens.add(token(key, UUID.randomUUID()));
    }
    long rulesStart = System.nanoTime();
    List<CompletableFuture<HttpResponse<String>>> created = new ArrayList<>();
    for (int a = 0; a < ACCOUNTS; a++) {
      for (int k = 0; k < RULES_PER_ACCOUNT; k++) {
        String rule =
            "{\"type\":\"price_above\",\"symbol\":\"%s\",\"threshold\":10,\"recurring\":true,\"cooldownSeconds\":0}"
                .formatted(symbol(a / 10 + 10 * k));
        created.add(
            http.sendAsync(
                HttpRequest.newBuilder(URI.create(service + "/v1/notifications/rules"))
                    .header("Authorization", "Bearer " + tokens.get(a))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(rule))
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
      }
      if (created.size() >= 200) {
        drain(created);
      }
    }
    drain(created);
    System.out.printf(
        "rules: %d created in %.1f s%n",
        ACCOUNTS * RULES_PER_ACCOUNT, (System.nanoTime() - rulesStart) / 1e9);
    pauseForTheScript("rules");

    String ws = service.replaceFirst("^http", "ws") + "/ws";
    List<WebSocket> sockets = new ArrayList<>();
    for (int a = 0; a < ACCOUNTS; a++) {
      sockets.add(
          http.newWebSocketBuilder()
              .header("Authorization", "Bearer " + tokens.get(a))
              .buildAsync(URI.create(ws), new Timing())
              .join());
    }
    System.out.printf("sockets: %d open%n", sockets.size());
    pauseForTheScript("connected");

    Properties producerProps = new Properties();
    producerProps.put("bootstrap.servers", bootstrap);
    producerProps.put("key.serializer", StringSerializer.class.getName());
    producerProps.put("value.serializer", StringSerializer.class.getName());
    producerProps.put("linger.ms", "0");
    Properties consumerProps = new Properties();
    consumerProps.put("bootstrap.servers", bootstrap);
    consumerProps.put("group.id", "bench-anchor-" + UUID.randomUUID());
    consumerProps.put("auto.offset.reset", "latest");
    consumerProps.put("key.deserializer", StringDeserializer.class.getName());
    consumerProps.put("value.deserializer", StringDeserializer.class.getName());
    String anchorTopic = "bench.anchor." + UUID.randomUUID();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
      producer.send(new ProducerRecord<>(anchorTopic, "create", "0")).get();
      consumer.subscribe(List.of(anchorTopic));
      while (consumer.assignment().isEmpty()) {
        consumer.poll(Duration.ofMillis(100));
      }
      Thread anchorReader =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      while (!Thread.currentThread().isInterrupted()) {
                        for (var record : consumer.poll(Duration.ofMillis(50))) {
                          long now = System.nanoTime();
                          anchor.add(new long[] {Long.parseLong(record.value()), now});
                        }
                      }
                    } catch (org.apache.kafka.common.errors.InterruptException stop) {
                      // the run is over
                    }
                  });
      for (int round = 0; round < warmup + rounds; round++) {
        if (round == warmup) {
          measuredFromPrice = BASE_PRICE + round;
          anchor.clear();
          System.out.println("warm-up done; measuring " + rounds + " rounds");
        }
        long price = BASE_PRICE + round;
        String symbol = symbol(round % SYMBOLS);
        String tick =
            ("{\"id\":\"%s\",\"symbol\":\"%s\",\"pair\":\"%sUSDT\",\"price\":%d,"
                    + "\"change24hPercent\":1.2,\"high24h\":%d,\"low24h\":1,\"volume24h\":1000,"
                    + "\"asOf\":\"%s\",\"source\":\"replay\"}")
                .formatted(UUID.randomUUID(), symbol, symbol, price, price, Instant.now());
        long start = System.nanoTime();
        sentAt.put(price, start);
        producer.send(new ProducerRecord<>("vizzor.market.ticks", symbol + "USDT", tick));
        producer.send(
            new ProducerRecord<>(anchorTopic, "anchor", Long.toString(System.nanoTime())));
        producer.flush();
        Thread.sleep(Math.max(0, intervalMs - (System.nanoTime() - start) / 1_000_000));
      }
      long expected = (long) rounds * (ACCOUNTS * RULES_PER_ACCOUNT / SYMBOLS);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (alerts.size() < expected && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      anchorReader.interrupt();
      anchorReader.join();
      System.out.printf(
          "alerts: %d of %d expected (%d rounds x %d rules)%n",
          alerts.size(), expected, rounds, expected / rounds);
    }
    long[] pushed = alerts.stream().mapToLong(a -> a[1] - a[0]).sorted().toArray();
    long[] kafka = anchor.stream().mapToLong(a -> a[1] - a[0]).sorted().toArray();
    report("tick -> WS alert", pushed);
    report("anchor: one Kafka hop", kafka);
    System.out.printf(
        "ratio p50 %.1f, p99 %.1f%n",
        (double) pct(pushed, 50) / pct(kafka, 50), (double) pct(pushed, 99) / pct(kafka, 99));
    for (WebSocket socket : sockets) {
      socket.abort();
    }
  }

  /** Marks a stage in {@code bench.markers} and waits while run.sh measures the heap there. */
  static void pauseForTheScript(String stage) throws Exception {
    String markers = System.getProperty("bench.markers");
    if (markers != null) {
      Files.writeString(Path.of(markers, stage), stage);
      Thread.sleep(Long.getLong("bench.settle-ms", 8000));
    }
  }

  static void drain(List<CompletableFuture<HttpResponse<String>>> pending) {
    for (var future : pending) {
      HttpResponse<String> response = future.join();
      if (response.statusCode() != 201) {
        throw new IllegalStateException("rule refused: " + response.body());
      }
    }
    pending.clear();
  }

  static void report(String name, long[] nanos) {
    System.out.printf(
        "%s: n=%d p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        name,
        nanos.length,
        pct(nanos, 50) / 1e6,
        pct(nanos, 90) / 1e6,
        pct(nanos, 99) / 1e6,
        nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
  }

  static long pct(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
  }

  static String symbol(int index) {
    return "B%03d".formatted(index % SYMBOLS);
  }

  /** Records each alert's latency from its round's tick, found by the round's unique price. */
  static final class Timing implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      long now = System.nanoTime();
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        if (message.startsWith("{\"type\":\"alert\"") || message.contains("\"type\":\"alert\"")) {
          Matcher price = PRICE.matcher(message);
          if (price.find()) {
            long round = Long.parseLong(price.group(1));
            Long start = sentAt.get(round);
            if (start != null && round >= measuredFromPrice) {
              alerts.add(new long[] {start, now});
            }
          }
        }
      }
      socket.request(1);
      return null;
    }
  }

  /** An internal token as the gateway signs it (docs/INTERNAL-TOKEN.md), for one account. */
  static String token(PrivateKey key, UUID account) throws Exception {
    long now = Instant.now().getEpochSecond();
    String header = b64("{\"alg\":\"ES256\",\"typ\":\"JWT\"}");
    String claims =
        b64(
            ("{\"iss\":\"vizzor-gateway\",\"sub\":\"%s\",\"tier\":\"enterprise\",\"cred\":\"api_key\","
                    + "\"kid\":\"%s\",\"max_tokens\":8192,\"iat\":%d,\"exp\":%d}")
                .formatted(account, UUID.randomUUID(), now, now + 3600));
    Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
    signer.initSign(key);
    signer.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
    return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
  }

  static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static PrivateKey privateKey(Path pem) throws Exception {
    String body =
        Arrays.stream(Files.readString(pem).split("\n"))
            .filter(line -> !line.startsWith("-----"))
            .reduce("", String::concat);
    return KeyFactory.getInstance("EC")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
  }
}
