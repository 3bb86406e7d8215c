package dev.vizzor.gateway.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Makes keys (32 random bytes, base64url) and hashes presented ones the same way. */
public final class KeyMinter {
  /** Prefix + 43 base64url characters: exactly what {@link #mint} produces. */
  private static final Pattern SHAPE = Pattern.compile("^(vzk|vel)_[A-Za-z0-9_-]{43}$");

  private static final int RANDOM_BYTES = 32;
  private static final int DISPLAY_CHARS = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyMinter() {}

  public static IssuedKey mint(KeyKind kind) {
    String secret = kind.prefix() + randomSecret();
    return new IssuedKey(
        secret, hash(secret), secret.substring(0, kind.prefix().length() + DISPLAY_CHARS));
  }

  /** 32 random bytes as 43 base64url characters: a key's body, or a WebSocket ticket. */
  public static String randomSecret() {
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** Whether {@code presented} could be a key of {@code kind} at all: no lookup for garbage. */
  public static boolean wellFormed(String presented, KeyKind kind) {
    return presented.startsWith(kind.prefix()) && SHAPE.matcher(presented).matches();
  }

  public static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
