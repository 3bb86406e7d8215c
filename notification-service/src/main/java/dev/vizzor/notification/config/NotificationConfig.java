package dev.vizzor.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** notification-service's settings ({@code vizzor.notification.*}); docs/NOTIFICATIONS.md. */
@ConfigMapping(prefix = "vizzor.notification")
public interface NotificationConfig {
  Rules rules();

  interface Rules {
    /** Tier wire name → how many alert rules an account may hold. */
    Map<String, Integer> maxPerTier();

    @WithDefault("5")
    int defaultMax();
  }
}
