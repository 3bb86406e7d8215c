package dev.vizzor.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/** The gateway as the suite runs it, with a known admin token and a short upstream timeout. */
public class GatewayTestProfile implements QuarkusTestProfile {
  public static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>();
    config.put("vizzor.gateway.admin.token", ADMIN_TOKEN);
    config.put("vizzor.gateway.proxy.idle-timeout", "1s");
    config.put("vizzor.gateway.proxy.max-body-bytes", "4096");
    config.put("vizzor.gateway.internal-token.private-key", InternalTokens.privateKeyPem());
    config.putAll(JwtFixture.config());
    return config;
  }
}
