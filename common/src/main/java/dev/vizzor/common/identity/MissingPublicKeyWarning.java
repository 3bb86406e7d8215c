package dev.vizzor.common.identity;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Says at start, not only request by request, that a service without the gateway's public key
 * refuses every business call: SmallRye JWT has no key to verify any token with.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.smallrye-jwt.enabled", stringValue = "true")
public class MissingPublicKeyWarning {
  private static final Logger LOG = Logger.getLogger(MissingPublicKeyWarning.class);
  // SmallRye JWT's value for "not set" (common's settings default the key to it).
  private static final String NONE = "NONE";

  void check(
      @Observes StartupEvent start,
      @ConfigProperty(name = "mp.jwt.verify.publickey", defaultValue = NONE) String key,
      @ConfigProperty(name = "mp.jwt.verify.publickey.location", defaultValue = NONE)
          String location) {
    if (NONE.equals(key) && NONE.equals(location)) {
      LOG.warn(
          "VIZZOR_INTERNAL_JWT_PUBLIC_KEY is not set: every business call is refused with 401"
              + " until this service gets the gateway's public key (health and OpenAPI still"
              + " answer)");
    }
  }
}
