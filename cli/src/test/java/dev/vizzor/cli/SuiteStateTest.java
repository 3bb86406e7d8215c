package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteStateTest {

  @Test
  void roundTripsThroughProperties() {
    Map<String, Long> pids = new LinkedHashMap<>();
    pids.put("gateway", 100L);
    pids.put("webhook-service", 106L);
    Map<String, String> infra = new LinkedHashMap<>();
    infra.put(SuiteState.KAFKA, "embedded KRaft broker (pid 7) at 127.0.0.1:9092");
    infra.put(SuiteState.REDIS, "external at 127.0.0.1:6379 (local server)");
    SuiteState state = new SuiteState(3100, 9200, 18081, pids, infra, 55, true, 21.5, "dev-abc");
    assertEquals(state, SuiteState.fromText(state.toText()));
    assertTrue(state.toText().contains("admin.url=http\\://127.0.0.1\\:9200"), state.toText());
  }

  @Test
  void reportListsServicesStoresGatewayAndTotals() {
    String report =
        SuiteReport.render(
            List.of(new StatusTable.Row("gateway", 3100, 1, true)),
            Map.of(SuiteState.KAFKA, "external at k:9092 (KAFKA_BOOTSTRAP_SERVERS)"),
            3100,
            SuiteReport.adminApi("http://127.0.0.1:9100", true),
            12.34,
            2 * 1024 * 1024,
            9);
    assertTrue(report.contains("gateway | 3100 | 1   | UP"), report);
    assertTrue(report.contains("Kafka:      external at k:9092"), report);
    assertTrue(report.contains("Gateway:    http://127.0.0.1:3100  (health: /health)"), report);
    assertTrue(
        report.contains(
            "Admin API:  http://127.0.0.1:9100  (loopback only; token in .vizzor/admin.token)"),
        report);
    assertTrue(report.contains("Ready in:   12.3 s"), report);
    assertTrue(report.contains("Memory:     2048 MiB resident in 9 processes"), report);
  }

  @Test
  void stateWithoutAdminUrlMeansTheDefaultPort() {
    assertEquals(9100, SuiteState.fromText("gateway.port=3100\n").adminPort());
  }

  @Test
  void aSuiteStartedWithAnotherFirstServicePortIsDescribedOnItsPorts() {
    SuiteState state = new SuiteState(3200, 9200, 18081, Map.of(), Map.of(), 0, false, null, null);
    assertEquals(
        List.of(3200, 18081, 18082, 18083, 18084, 18085, 18086),
        SuiteState.fromText(state.toText()).services().stream().map(ServiceSpec::port).toList());
    assertEquals(
        8081,
        SuiteState.fromText("gateway.port=3100\n").firstServicePort(),
        "a state file from before the option");
  }

  @Test
  void adminApiLineNamesTheTokenSourceNeverTheToken() {
    assertEquals(
        "http://127.0.0.1:9100  (loopback only; token from VIZZOR_ADMIN_TOKEN)",
        SuiteReport.adminApi("http://127.0.0.1:9100", false));
  }
}
