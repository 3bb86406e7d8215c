package dev.vizzor.gateway.support;

import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.PostgresTestResource;
import dev.vizzor.testsupport.RedisTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway as the suite runs it, on its own database on the real PostgreSQL and the real Redis,
 * in front of {@link FakeServices}, with a known admin token, the test-support fixture's signing
 * key and a short upstream timeout. Test classes on this profile share one application start.
 */
public class GatewayTestProfile implements QuarkusTestProfile {
  public static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(
        new TestResourceEntry(PostgresTestResource.class),
        new TestResourceEntry(redis()),
        new TestResourceEntry(FakeServicesResource.class));
  }

  /** The Redis the gateway shares its limits in. */
  protected Class<? extends QuarkusTestResourceLifecycleManager> redis() {
    return RedisTestResource.class;
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>();
    config.put("vizzor.gateway.admin.token", ADMIN_TOKEN);
    config.put("vizzor.gateway.proxy.idle-timeout", "1s");
    config.put("vizzor.gateway.proxy.max-body-bytes", "4096");
    // clients that stop answering pings are found within a test's patience
    config.put("vizzor.gateway.proxy.websocket-ping", "200ms");
    config.put("vizzor.gateway.proxy.websocket-silence", "1s");
    config.put("vizzor.gateway.internal-token.private-key", InternalTokenFixture.privateKeyPem());
    config.putAll(JwtFixture.config());
    return config;
  }
}
