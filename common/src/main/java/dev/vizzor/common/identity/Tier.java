package dev.vizzor.common.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An account's tier (DESIGN.md, "Credentials, accounts, tiers"): the token's {@code tier}, the
 * gateway's limits table and the admin API's and CLI's spelling. Its limits are configuration.
 */
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

  /** The tier spelled {@code value} on the wire, if any. */
  public static Optional<Tier> parse(String value) {
    return Arrays.stream(values()).filter(tier -> tier.wire().equals(value)).findFirst();
  }

  /**
   * @throws IllegalArgumentException for anything but a tier's wire name
   */
  public static Tier fromWire(String value) {
    return WireNames.parse(Tier.class, value);
  }
}
