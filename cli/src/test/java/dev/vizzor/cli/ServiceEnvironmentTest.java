package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {
  private final List<ServiceSpec> catalog = ServiceCatalog.services(3200);
  private final SuiteConnections connections =
      new SuiteConnections(
          "postgresql://127.0.0.1:5555",
          "postgres",
          "",
          "redis://127.0.0.1:6666",
          "127.0.0.1:9092",
          "dev-x");

  @Test
  void gatewayLearnsWhereEveryServiceIs() {
    Map<String, String> env = ServiceEnvironment.forService(catalog.get(0), catalog, connections);
    assertEquals("3200", env.get("QUARKUS_HTTP_PORT"));
    assertEquals("http://127.0.0.1:8081", env.get("VIZZOR_GATEWAY_SERVICES_ORCHESTRATOR"));
    assertEquals("http://127.0.0.1:8086", env.get("VIZZOR_GATEWAY_SERVICES_WEBHOOK"));
    assertEquals(
        6, env.keySet().stream().filter(k -> k.startsWith("VIZZOR_GATEWAY_SERVICES_")).count());
  }

  @Test
  void servicesGetTheStoresButNoRoutes() {
    ServiceSpec webhook = catalog.get(6);
    Map<String, String> env = ServiceEnvironment.forService(webhook, catalog, connections);
    assertEquals("8086", env.get("QUARKUS_HTTP_PORT"));
    assertEquals("postgresql://127.0.0.1:5555", env.get("VIZZOR_PG_URL"));
    assertEquals("redis://127.0.0.1:6666", env.get("VIZZOR_REDIS_URL"));
    assertEquals("127.0.0.1:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
    assertEquals("dev-x", env.get("VIZZOR_WEBHOOK_SECRETS"));
    assertFalse(env.keySet().stream().anyMatch(k -> k.startsWith("VIZZOR_GATEWAY_")));
  }

  @Test
  void eachServiceHasItsOwnDatabase() {
    assertEquals(
        List.of(
            "vizzor_gateway",
            "vizzor_orchestrator",
            "vizzor_market",
            "vizzor_prediction",
            "vizzor_notification",
            "vizzor_agent",
            "vizzor_webhook"),
        catalog.stream().map(ServiceSpec::database).toList());
  }

  @Test
  void devSecretShape() {
    assertTrue(DevSecret.generate().matches("dev-[0-9a-f]{32}"));
  }
}
