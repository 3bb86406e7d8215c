package dev.vizzor.webhook.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The configured secrets as HMAC keys for each scheme, checked when the service starts: a secret
 * that cannot key anything would otherwise surface only as every delivery failing, or as a 500.
 * Messages name a secret by its position, never by its value.
 */
record SigningKeys(List<byte[]> hmacSha256, List<byte[]> standardWebhooks) {
  private static final String STANDARD_PREFIX = "whsec_";

  /**
   * {@code x-hmac-sha256} keys with the secret's UTF-8 bytes; Standard Webhooks with the decoded
   * bytes of a {@code whsec_<base64>} secret (as that spec says), else the same UTF-8 bytes.
   */
  static SigningKeys of(List<String> secrets) {
    List<byte[]> plain = new ArrayList<>();
    List<byte[]> standard = new ArrayList<>();
    for (int i = 0; i < secrets.size(); i++) {
      String secret = secrets.get(i);
      String which = "vizzor.webhook.secrets: secret " + (i + 1) + " of " + secrets.size();
      if (secret == null || secret.isBlank()) {
        throw new IllegalArgumentException(which + " is empty");
      }
      byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
      plain.add(utf8);
      standard.add(secret.startsWith(STANDARD_PREFIX) ? decoded(secret, which) : utf8);
    }
    return new SigningKeys(List.copyOf(plain), List.copyOf(standard));
  }

  private static byte[] decoded(String secret, String which) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.substring(STANDARD_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          which + " starts with " + STANDARD_PREFIX + " but the rest is not base64");
    }
    if (key.length == 0) {
      throw new IllegalArgumentException(
          which + " starts with " + STANDARD_PREFIX + " but holds no key bytes");
    }
    return key;
  }
}
