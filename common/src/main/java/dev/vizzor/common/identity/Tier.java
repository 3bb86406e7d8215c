package dev.vizzor.common.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** An account's tier (DESIGN.md, "Credentials, accounts, tiers"), as the token's {@code tier}. */
public enum Tier {
  FREE,
  STARTER,
  PRO,
  UNLIMITED,
  STARTUP,
  ENTERPRISE;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Tier fromWire(String value) {
    return WireNames.parse(Tier.class, value);
  }
}
