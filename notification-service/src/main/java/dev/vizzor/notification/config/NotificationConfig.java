package dev.vizzor.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** notification-service's settings ({@code vizzor.notification.*}); docs/NOTIFICATIONS.md. */
@ConfigMapping(prefix = "vizzor.notification")
public interface NotificationConfig {
  Rules rules();

  Push push();

  interface Rules {
    /** Tier wire name → how many alert rules an account may hold. */
    Map<String, Integer> maxPerTier();

    @WithDefault("5")
    int defaultMax();
  }

  /** The WebSocket side. */
  interface Push {
    /** How many of the newest messages a replica keeps for clients that resume. */
    @WithDefault("10000")
    int window();

    /** Messages waiting for one client before it is dropped as too slow. */
    @WithDefault("256")
    int queueLimit();

    /** A client heard from neither by pong nor message for this long is disconnected. */
    @WithDefault("75s")
    Duration idleTimeout();
  }
}
