package dev.vizzor.market.config;

import io.smallrye.config.ConfigMapping;

/**
 * Where {@code POST /scan} asks GoPlus about tokens. {@code VIZZOR_GOPLUS_URL} maps to {@code url}
 * (application.properties); the public API needs no key for token security.
 */
@ConfigMapping(prefix = "vizzor.goplus")
public interface GoPlusConfig {
  /** Base URL: {@code https://api.gopluslabs.io} by default, a local stub in tests and offline. */
  String url();
}
