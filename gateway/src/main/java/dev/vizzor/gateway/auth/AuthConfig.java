package dev.vizzor.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "vizzor.gateway.auth")
public interface AuthConfig {
  /**
   * How long a node trusts what it looked up about a key or a Supabase user. Revocations and tier
   * changes reach other nodes at once through Redis; this bounds staleness while Redis is down.
   */
  @WithDefault("30s")
  Duration cacheTtl();

  @WithDefault("100000")
  int cacheMaxEntries();
}
