package dev.vizzor.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The gateway's signing key for the internal identity token services trust; issuer and lifetime are
 * the contract's (common's {@code InternalClaims}).
 */
@ConfigMapping(prefix = "vizzor.gateway.internal-token")
public interface InternalTokenConfig {
  /**
   * PKCS#8 PEM of the EC P-256 private key ({@code VIZZOR_INTERNAL_JWT_PRIVATE_KEY}); services get
   * the matching public key. Absent: a key is generated at start, which only a single-process setup
   * can use, and a warning says so.
   */
  Optional<String> privateKey();
}
