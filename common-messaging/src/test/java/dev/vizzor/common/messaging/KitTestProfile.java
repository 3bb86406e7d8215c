package dev.vizzor.common.messaging;

import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.ServiceTestProfile;
import java.util.Map;

/**
 * The kit's test application on the usual servers and keys; it is none of the suite's services, so
 * its own name is added to the services whose calls it accepts (it calls itself).
 */
public class KitTestProfile extends ServiceTestProfile {
  public static final String NAME = "events-kit-test";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("vizzor.service-token.public-keys", InternalTokenFixture.servicePublicKeys(NAME));
  }
}
