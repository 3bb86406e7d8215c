package dev.vizzor.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The reverse proxy's connection pool and timeouts. */
@ConfigMapping(prefix = "vizzor.gateway.proxy")
public interface ProxyConfig {
  @WithDefault("2s")
  Duration connectTimeout();

  /**
   * No byte from the upstream for this long ends the request: a 503 before the response starts; a
   * cut stream after (SSE streams send heartbeats well within it).
   */
  @WithDefault("30s")
  Duration idleTimeout();

  /** Pooled keep-alive connections per upstream service. */
  @WithDefault("64")
  int maxConnectionsPerService();

  /** Request bodies larger than this (by Content-Length) are refused with 413. */
  @WithDefault("1048576")
  long maxBodyBytes();

  /** How often a relayed WebSocket's client is pinged. */
  @WithDefault("25s")
  Duration websocketPing();

  /** A relayed WebSocket's client heard from neither by pong nor frame for this long is closed. */
  @WithDefault("75s")
  Duration websocketSilence();

  /** What a 503 tells the client to wait before retrying. */
  @WithDefault("5")
  int retryAfterSeconds();
}
