package dev.vizzor.cli;

import java.util.List;

/** The seven services and their ports (DESIGN.md, "Modules and ports"). */
public final class ServiceCatalog {
  public static final int DEFAULT_GATEWAY_PORT = 3100;

  private ServiceCatalog() {}

  /** The gateway first, so tables read top-down from the entry point. */
  public static List<ServiceSpec> services(int gatewayPort) {
    return List.of(
        new ServiceSpec("gateway", "gateway", gatewayPort),
        new ServiceSpec("orchestrator-service", "orchestrator", 8081),
        new ServiceSpec("market-service", "market", 8082),
        new ServiceSpec("prediction-service", "prediction", 8083),
        new ServiceSpec("notification-service", "notification", 8084),
        new ServiceSpec("agent-service", "agent", 8085),
        new ServiceSpec("webhook-service", "webhook", 8086));
  }
}
