package dev.vizzor.gateway.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two kinds of issued keys and the prefix each carries: {@code vzk_} keys go in {@code
 * X-API-Key}, {@code vel_} keys in {@code Authorization: Bearer}. A key presented in the other
 * kind's place is refused.
 */
public enum KeyKind {
  API("api", "vzk_"),
  VELOCITY("vel", "vel_");

  private final String id;
  private final String prefix;

  KeyKind(String id, String prefix) {
    this.id = id;
    this.prefix = prefix;
  }

  public String id() {
    return id;
  }

  public String prefix() {
    return prefix;
  }

  public static Optional<KeyKind> parse(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
