package dev.vizzor.cli;

import java.util.List;

/** The seven services, their ports and databases (DESIGN.md, "Modules and ports"). */
public final class ServiceCatalog {
  public static final int DEFAULT_GATEWAY_PORT = 3100;
  public static final int DEFAULT_ADMIN_PORT = 9100;
  public static final int DEFAULT_FIRST_SERVICE_PORT = 8081;
  public static final String DEFAULT_DATABASE_PREFIX = "vizzor_";

  private ServiceCatalog() {}

  /** The suite as DESIGN.md lays it out: services on 8081–8086, databases {@code vizzor_*}. */
  public static List<ServiceSpec> services(int gatewayPort, int adminPort) {
    return services(gatewayPort, adminPort, DEFAULT_FIRST_SERVICE_PORT, DEFAULT_DATABASE_PREFIX);
  }

  /**
   * The gateway first, so tables read top-down from the entry point; the six services on {@code
   * firstServicePort} and the five ports after it, in DESIGN.md's order; each service's database is
   * {@code databasePrefix} + its short name.
   */
  public static List<ServiceSpec> services(
      int gatewayPort, int adminPort, int firstServicePort, String databasePrefix) {
    List<String> modules =
        List.of(
            "orchestrator-service",
            "market-service",
            "prediction-service",
            "notification-service",
            "agent-service",
            "webhook-service");
    List<ServiceSpec> services = new java.util.ArrayList<>();
    services.add(new ServiceSpec("gateway", "gateway", gatewayPort, adminPort, databasePrefix));
    for (int i = 0; i < modules.size(); i++) {
      String module = modules.get(i);
      String shortName = module.substring(0, module.indexOf("-service"));
      services.add(new ServiceSpec(module, shortName, firstServicePort + i, 0, databasePrefix));
    }
    return List.copyOf(services);
  }
}
