package dev.vizzor.cli;

import java.security.SecureRandom;
import java.util.Base64;

/** A fresh admin API token for a local suite started without {@code VIZZOR_ADMIN_TOKEN}. */
public final class AdminToken {
  // DESIGN.md: credentials are at least 32 random bytes.
  private static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AdminToken() {}

  /** URL-safe Base64 without padding, so it goes into a header or a shell variable unquoted. */
  public static String generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
