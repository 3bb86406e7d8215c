package dev.vizzor.gateway.limit;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

/** The production tier table (DESIGN.md) as a config object, for tests without Quarkus. */
final class TestLimits implements LimitsConfig {
  private final int expectedReplicas;
  private final Duration slotLease;

  TestLimits(int expectedReplicas) {
    this(expectedReplicas, Duration.ofSeconds(120));
  }

  TestLimits(int expectedReplicas, Duration slotLease) {
    this.expectedReplicas = expectedReplicas;
    this.slotLease = slotLease;
  }

  record Tier(
      int perMinute, int concurrent, int maxTokens, boolean apiAccess, OptionalInt dailyQuota)
      implements TierLimits {}

  @Override
  public Map<String, TierLimits> tiers() {
    return Map.of(
        "free", new Tier(10, 2, 1024, false, OptionalInt.empty()),
        "starter", new Tier(30, 4, 2048, true, OptionalInt.of(24)),
        "pro", new Tier(100, 10, 4096, true, OptionalInt.of(500)),
        "unlimited", new Tier(300, 20, 4096, true, OptionalInt.of(5000)),
        "startup", new Tier(500, 30, 8192, true, OptionalInt.of(10000)),
        "enterprise", new Tier(1000, 50, 8192, true, OptionalInt.empty()));
  }

  @Override
  public int apiKeyPerMinute() {
    return 300;
  }

  @Override
  public int openPerIpPerMinute() {
    return 600;
  }

  @Override
  public int expectedReplicas() {
    return expectedReplicas;
  }

  @Override
  public Duration redisTimeout() {
    return Duration.ofSeconds(2);
  }

  @Override
  public Duration redisProbeInterval() {
    return Duration.ofSeconds(1);
  }

  @Override
  public Duration slotLease() {
    return slotLease;
  }
}
