package dev.vizzor.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points every service URL of the gateway under test at {@link FakeServices}. */
public class FakeServicesResource implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    return FakeServices.get().asAllServices();
  }

  @Override
  public void stop() {
    // shared by the test JVM
  }
}
