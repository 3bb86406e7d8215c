package dev.vizzor.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The status printout: services table, stores, gateway and admin API addresses, start time and
 * memory.
 */
public final class SuiteReport {
  private SuiteReport() {}

  static String render(
      List<StatusTable.Row> rows,
      Map<String, String> infra,
      int gatewayPort,
      String adminApi,
      Double readySeconds,
      long residentKb,
      int processCount) {
    StringBuilder out = new StringBuilder(StatusTable.render(rows)).append('\n');
    infra.forEach(
        (kind, line) -> out.append(String.format(Locale.ROOT, "%-11s %s%n", kind + ":", line)));
    out.append(
        String.format(
            Locale.ROOT, "Gateway:    http://127.0.0.1:%d  (health: /health)%n", gatewayPort));
    out.append("Admin API:  ").append(adminApi).append('\n');
    if (readySeconds != null) {
      out.append(
          String.format(Locale.ROOT, "Ready in:   %.1f s from command start%n", readySeconds));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "Memory:     %s resident in %d processes%n",
            ResidentMemory.format(residentKb),
            processCount));
    return out.toString();
  }

  /** Where the admin API is and where its token comes from; never the token itself. */
  static String adminApi(String url, boolean generatedToken) {
    return url
        + "  (loopback only; token "
        + (generatedToken ? "in .vizzor/admin.token" : "from VIZZOR_ADMIN_TOKEN")
        + ")";
  }

  /** Where the internal token's key pair comes from; never the keys themselves. */
  static String internalTokenKeys(InternalTokenKeys keys) {
    return keys.generated()
        ? "ES256 key pair generated for this run"
        : "ES256 key pair from "
            + InternalTokenKeys.PRIVATE_KEY_VARIABLE
            + " / "
            + InternalTokenKeys.PUBLIC_KEY_VARIABLE;
  }

  /** Builds the report for a running supervisor from its state file and live health checks. */
  public static String live(SuiteLayout layout, ProcessHandle supervisor) {
    SuiteState state =
        SuiteState.read(layout)
            .orElse(
                new SuiteState(
                    ServiceCatalog.DEFAULT_GATEWAY_PORT,
                    ServiceCatalog.DEFAULT_ADMIN_PORT,
                    ServiceCatalog.DEFAULT_FIRST_SERVICE_PORT,
                    Map.of(),
                    Map.of(),
                    0,
                    false,
                    null,
                    null));
    List<StatusTable.Row> rows = new ArrayList<>();
    for (ServiceSpec service : state.services()) {
      long pid = state.servicePids().getOrDefault(service.module(), 0L);
      boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      rows.add(
          new StatusTable.Row(
              service.module(),
              service.port(),
              alive ? pid : 0,
              alive && HealthProbe.ready(service)));
    }
    Set<Long> pids = suitePids(supervisor, state);
    String body =
        render(
            rows,
            state.infra(),
            state.gatewayPort(),
            adminApi(state.adminUrl(), Files.isRegularFile(layout.adminTokenFile())),
            state.readySeconds(),
            ResidentMemory.totalKilobytes(pids),
            pids.size());
    if (state.generatedWebhookSecret() != null) {
      body +=
          "Webhook:    generated dev secret VIZZOR_WEBHOOK_SECRETS="
              + state.generatedWebhookSecret()
              + "\n";
    }
    return body;
  }

  /**
   * Every process of the suite: the supervisor's descendants (services, Kafka, redis-server) and
   * the daemonised embedded postmaster with its workers. The supervisor counts itself only when it
   * hosts embedded stores; otherwise it is just a waiting launcher.
   */
  private static Set<Long> suitePids(ProcessHandle supervisor, SuiteState state) {
    Set<Long> pids = new LinkedHashSet<>();
    if (state.hostsEmbeddedStores()) {
      pids.add(supervisor.pid());
    }
    supervisor.descendants().forEach(p -> pids.add(p.pid()));
    if (state.postmasterPid() > 0) {
      ProcessHandle.of(state.postmasterPid())
          .filter(ProcessHandle::isAlive)
          .ifPresent(
              postmaster -> {
                pids.add(postmaster.pid());
                postmaster.descendants().forEach(p -> pids.add(p.pid()));
              });
    }
    return pids;
  }
}
