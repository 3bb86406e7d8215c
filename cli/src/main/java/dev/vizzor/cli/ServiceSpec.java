package dev.vizzor.cli;

/**
 * One service of the suite: its Maven module, the short name the gateway routes by (and its
 * database is named after), and its HTTP port.
 */
public record ServiceSpec(String module, String shortName, int port) {

  public String database() {
    return "vizzor_" + shortName;
  }

  public boolean isGateway() {
    return "gateway".equals(shortName);
  }
}
