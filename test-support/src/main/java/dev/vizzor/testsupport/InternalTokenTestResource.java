package dev.vizzor.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a service under test the keys of {@link InternalTokenFixture} through the same variables
 * the launcher sets: the gateway's public key, the services' public key set, and a signing key of
 * its own for calls to other services.
 */
public class InternalTokenTestResource implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    return Map.of(
        "VIZZOR_INTERNAL_JWT_PUBLIC_KEY", InternalTokenFixture.publicKeyPem(),
        "VIZZOR_SERVICE_JWT_PUBLIC_KEYS", InternalTokenFixture.servicePublicKeys(),
        "VIZZOR_SERVICE_JWT_PRIVATE_KEY", InternalTokenFixture.servicePrivateKeyPem());
  }

  @Override
  public void stop() {
    // nothing: the key pairs live as long as the test JVM
  }
}
