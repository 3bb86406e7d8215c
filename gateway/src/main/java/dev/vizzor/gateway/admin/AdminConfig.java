package dev.vizzor.gateway.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The admin API: its own listener, on loopback only, behind a bearer token. */
@ConfigMapping(prefix = "vizzor.gateway.admin")
public interface AdminConfig {
  /** {@code VIZZOR_ADMIN_TOKEN}; without it the admin API refuses every call. */
  Optional<String> token();

  @WithDefault("127.0.0.1")
  String host();

  /** {@code VIZZOR_ADMIN_PORT}; 0 picks a free port (tests). */
  @WithDefault("9100")
  int port();
}
