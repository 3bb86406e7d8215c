package dev.vizzor.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Where the services behind the gateway live, and how long a health probe may take. */
@ConfigMapping(prefix = "vizzor.gateway")
public interface GatewayConfig {
  /** Service name → base URL, e.g. {@code market → http://127.0.0.1:8082}. */
  Map<String, String> services();

  @WithDefault("2s")
  Duration healthTimeout();
}
