package dev.vizzor.common.calls;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The keys of calls between services (docs/INTERNAL-TOKEN.md, "Calls between services"): this
 * service's own signing key, and the public keys of the services whose calls it accepts.
 */
@ConfigMapping(prefix = "vizzor.service-token")
public interface ServiceTokenConfig {
  /**
   * PKCS#8 PEM of this service's EC P-256 private key ({@code VIZZOR_SERVICE_JWT_PRIVATE_KEY}).
   * Without it the service serves requests but cannot call another service.
   */
  Optional<String> privateKey();

  /**
   * A JSON Web Key Set ({@code VIZZOR_SERVICE_JWT_PUBLIC_KEYS}) with one EC P-256 key per service
   * whose calls this one accepts, each under {@code kid} = the service's name. Without it only the
   * gateway's calls are accepted.
   */
  Optional<String> publicKeys();
}
