package dev.vizzor.cli;

import dev.vizzor.testsupport.PackagedApp;
import dev.vizzor.testsupport.Ports;
import dev.vizzor.testsupport.PostgresServer;
import dev.vizzor.testsupport.RedisServerHandle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;

/**
 * The packaged gateway ({@code gateway/target/quarkus-app}, built earlier in the reactor) that the
 * admin command tests talk to: one process for the module's test run, on its own database on the
 * tests' PostgreSQL and on their Redis, with a known admin token and a Supabase HS256 secret. Its
 * services are a closed port, so a routed request answers 503 after authentication.
 */
final class RealGateway {
  static final String ADMIN_TOKEN = "cli-test-admin-token-0123456789abcdef";
  private static final String JWT_SECRET = "cli-test-supabase-hs256-secret-0123456789";
  private static final String JWT_ISSUER = "https://cli-test.supabase.co/auth/v1";
  private static final Path JAR =
      Path.of("..", "gateway", "target", "quarkus-app", "quarkus-run.jar");
  private static RealGateway instance;

  private final PackagedApp process;
  private final String database;
  private final int adminPort;

  private RealGateway(PackagedApp process, String database, int adminPort) {
    this.process = process;
    this.database = database;
    this.adminPort = adminPort;
  }

  static synchronized RealGateway get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "real-gateway-stop"));
    }
    return instance;
  }

  private static RealGateway start() {
    PostgresServer postgres = PostgresServer.get();
    String database = postgres.createDatabase("vizzor_gateway_cli_test");
    int adminPort = Ports.free();
    String nowhere = "http://127.0.0.1:" + Ports.free();
    Map<String, String> config =
        Map.ofEntries(
            Map.entry("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database)),
            Map.entry("quarkus.datasource.reactive.url", postgres.reactiveUrl(database)),
            Map.entry("quarkus.datasource.username", postgres.user()),
            Map.entry("quarkus.datasource.password", postgres.password()),
            Map.entry("quarkus.redis.hosts", RedisServerHandle.get().url()),
            Map.entry("vizzor.gateway.admin.token", ADMIN_TOKEN),
            Map.entry("vizzor.gateway.admin.port", Integer.toString(adminPort)),
            Map.entry("vizzor.gateway.jwt.hs256-secret", JWT_SECRET),
            Map.entry("vizzor.gateway.jwt.issuer", JWT_ISSUER),
            Map.entry("vizzor.gateway.services.orchestrator", nowhere),
            Map.entry("vizzor.gateway.services.market", nowhere),
            Map.entry("vizzor.gateway.services.prediction", nowhere),
            Map.entry("vizzor.gateway.services.notification", nowhere),
            Map.entry("vizzor.gateway.services.agent", nowhere),
            Map.entry("vizzor.gateway.services.webhook", nowhere));
    try {
      return new RealGateway(
          PackagedApp.start(JAR, config, Path.of("target", "gateway-for-cli-tests.log")),
          database,
          adminPort);
    } catch (Exception e) {
      postgres.dropDatabase(database);
      throw new IllegalStateException("the packaged gateway did not start", e);
    }
  }

  String adminUrl() {
    return "http://127.0.0.1:" + adminPort;
  }

  /** Forgets every account and key, so each test starts from a gateway nobody has used. */
  void empty() {
    PostgresServer.get().execute(database, "TRUNCATE api_keys, accounts");
  }

  /**
   * The HTTP status of a request to the public port with {@code credential} as a header ({@code
   * X-API-Key: …} or {@code Authorization: …}); 401 means the gateway refused the credential.
   */
  int statusWith(String header, String value) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(process.url() + "/v1/market/trending"))
            .header(header, value)
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** A Supabase access token for user {@code sub}, as Supabase signs it with the HS256 secret. */
  static String supabaseToken(String sub) throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(JWT_ISSUER);
    claims.setAudience("authenticated");
    claims.setSubject(sub);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(10);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setHeader("typ", "JWT");
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    jws.setKey(new HmacKey(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
    jws.setPayload(claims.toJson());
    return jws.getCompactSerialization();
  }

  private void stop() {
    try {
      process.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    PostgresServer.get().dropDatabase(database);
  }
}
