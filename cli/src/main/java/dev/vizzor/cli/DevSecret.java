package dev.vizzor.cli;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A throw-away webhook secret for local runs, so the webhook verifies real signatures. */
public final class DevSecret {
  private static final SecureRandom RANDOM = new SecureRandom();

  private DevSecret() {}

  public static String generate() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "dev-" + HexFormat.of().formatHex(bytes);
  }
}
