package dev.vizzor.gateway.auth.jwt;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jose4j.keys.HmacKey;

/** Turns the configured legacy secret into a verification key, refusing weak ones at startup. */
final class Hs256Secret {
  /** RFC 7518 §3.2: an HS256 key must be at least as long as the hash output. */
  static final int MIN_BYTES = 32;

  private Hs256Secret() {}

  static Optional<VerificationKey> from(Optional<String> secret) {
    return secret.map(
        value -> {
          // Supabase signs with the secret's UTF-8 bytes as they are, not base64-decoded.
          byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
          if (bytes.length < MIN_BYTES || value.isBlank()) {
            throw new IllegalArgumentException(
                "vizzor.gateway.jwt.hs256-secret (VIZZOR_JWT_HS256_SECRET) must be at least "
                    + MIN_BYTES
                    + " bytes and not blank, got "
                    + bytes.length
                    + " bytes; leave it unset to refuse HS256 tokens");
          }
          return new VerificationKey(SigningAlgorithm.HS256, new HmacKey(bytes));
        });
  }
}
