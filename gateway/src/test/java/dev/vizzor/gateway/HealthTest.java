package dev.vizzor.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import dev.vizzor.testsupport.Ports;
import dev.vizzor.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /health} probes each service for real: one points at a server that is ready (the gateway's
 * own readiness endpoint), one at a port where nothing listens.
 */
@QuarkusTest
@TestProfile(HealthTest.OneUpOneDown.class)
class HealthTest {

  public static class OneUpOneDown implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(PostgresTestResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      String ready = "http://127.0.0.1:" + READY_UPSTREAM.getAddress().getPort();
      return Map.of(
          "vizzor.gateway.services.orchestrator", ready,
          "vizzor.gateway.services.market", "http://127.0.0.1:" + Ports.free(),
          "vizzor.gateway.services.prediction", ready,
          "vizzor.gateway.services.notification", ready,
          "vizzor.gateway.services.agent", ready,
          "vizzor.gateway.services.webhook", ready);
    }
  }

  /** A real HTTP server that answers readiness like a healthy service. */
  static final HttpServer READY_UPSTREAM = readyUpstream();

  private static HttpServer readyUpstream() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/q/health/ready",
          exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void reportsEachServiceAndIsDegradedWhileOneIsDown() {
    given()
        .get("/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("degraded"))
        .body("services.orchestrator.status", equalTo("up"))
        .body("services.market.status", equalTo("down"))
        .body("services.size()", equalTo(6));
  }
}
