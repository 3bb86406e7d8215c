package dev.vizzor.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a service under test the public key of {@link InternalTokenFixture}, through the same
 * variable the launcher sets, so tokens minted there are accepted.
 */
public class InternalTokenTestResource implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    return Map.of("VIZZOR_INTERNAL_JWT_PUBLIC_KEY", InternalTokenFixture.publicKeyPem());
  }

  @Override
  public void stop() {
    // nothing: the key pair lives as long as the test JVM
  }
}
