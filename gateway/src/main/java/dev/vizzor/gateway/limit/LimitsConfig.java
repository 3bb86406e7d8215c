package dev.vizzor.gateway.limit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

/** Every limit the edge enforces, per tier and per credential kind. */
@ConfigMapping(prefix = "vizzor.gateway.limits")
public interface LimitsConfig {
  /** Tier id → its limits. */
  Map<String, TierLimits> tiers();

  /** An {@code X-API-Key} key's own per-minute limit (Vizzor contract: 300 per key). */
  @WithDefault("300")
  int apiKeyPerMinute();

  /**
   * Per client IP on the open routes (the signed webhook, {@code /healthz}): no user credential.
   */
  @WithDefault("600")
  int openPerIpPerMinute();

  /**
   * While Redis is unreachable each node enforces limit ÷ this, so replicas together stay near it.
   */
  @WithDefault("2")
  int expectedReplicas();

  /**
   * How long one Redis step may take before the node falls back to its own counters. A refused
   * connection switches at once; this only bounds a Redis that hangs, and is generous so that a
   * burst queueing for pooled connections is not mistaken for an outage.
   */
  @WithDefault("2s")
  Duration redisTimeout();

  /** How often a node that fell back checks whether Redis is back. */
  @WithDefault("1s")
  Duration redisProbeInterval();

  /** A concurrency slot's lease: a crashed node's slots expire after it; live ones are renewed. */
  @WithDefault("120s")
  Duration slotLease();

  interface TierLimits {
    int perMinute();

    int concurrent();

    int maxTokens();

    /** Whether the tier may call {@code /api/v1/**} at all (Free may not). */
    boolean apiAccess();

    /** Calls per UTC day on {@code /api/v1/**}; absent means unlimited. */
    OptionalInt dailyQuota();
  }
}
