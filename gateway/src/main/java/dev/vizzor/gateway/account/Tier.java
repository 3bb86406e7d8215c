package dev.vizzor.gateway.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The subscription tiers of DESIGN.md; their limits come from {@code vizzor.gateway.tiers.*}. */
public enum Tier {
  FREE,
  STARTER,
  PRO,
  UNLIMITED,
  STARTUP,
  ENTERPRISE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Tier> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(t -> t.id().equals(value)).findFirst();
  }
}
