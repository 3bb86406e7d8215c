package dev.vizzor.cli;

/**
 * Where one backing store (Kafka, PostgreSQL, Redis) is, and whether this suite started it, so the
 * status output can say which data a developer is actually talking to.
 */
public record InfraEndpoint(String kind, String address, boolean embedded, String origin) {

  public static InfraEndpoint external(String kind, String address, String origin) {
    return new InfraEndpoint(kind, address, false, origin);
  }

  public static InfraEndpoint embedded(String kind, String address, String what) {
    return new InfraEndpoint(kind, address, true, what);
  }

  public String describe() {
    return embedded
        ? "embedded " + origin + " at " + address
        : "external at " + address + " (" + origin + ")";
  }
}
