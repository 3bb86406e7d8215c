package dev.vizzor.cli;

/**
 * One service of the suite: its Maven module, the short name the gateway routes by (and its
 * database is named after), its HTTP port, and its Quarkus management port (0 when it has none; the
 * gateway's admin API lives there).
 */
public record ServiceSpec(String module, String shortName, int port, int managementPort) {

  public String database() {
    return "vizzor_" + shortName;
  }

  public boolean isGateway() {
    return "gateway".equals(shortName);
  }
}
