package dev.vizzor.cli;

/**
 * One service of the suite: its Maven module, the short name the gateway routes by (and its
 * database is named after), its HTTP port, its Quarkus management port (0 when it has none; the
 * gateway's admin API lives there), and the prefix of its database's name.
 */
public record ServiceSpec(
    String module, String shortName, int port, int managementPort, String databasePrefix) {

  public String database() {
    return databasePrefix + shortName;
  }

  public boolean isGateway() {
    return "gateway".equals(shortName);
  }
}
