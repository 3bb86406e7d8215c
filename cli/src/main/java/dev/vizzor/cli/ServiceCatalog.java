package dev.vizzor.cli;

import java.util.List;

/** The seven services and their ports (DESIGN.md, "Modules and ports"). */
public final class ServiceCatalog {
  public static final int DEFAULT_GATEWAY_PORT = 3100;
  public static final int DEFAULT_ADMIN_PORT = 9100;

  private ServiceCatalog() {}

  /** The gateway first, so tables read top-down from the entry point. */
  public static List<ServiceSpec> services(int gatewayPort, int adminPort) {
    return List.of(
        new ServiceSpec("gateway", "gateway", gatewayPort, adminPort),
        new ServiceSpec("orchestrator-service", "orchestrator", 8081, 0),
        new ServiceSpec("market-service", "market", 8082, 0),
        new ServiceSpec("prediction-service", "prediction", 8083, 0),
        new ServiceSpec("notification-service", "notification", 8084, 0),
        new ServiceSpec("agent-service", "agent", 8085, 0),
        new ServiceSpec("webhook-service", "webhook", 8086, 0));
  }
}
