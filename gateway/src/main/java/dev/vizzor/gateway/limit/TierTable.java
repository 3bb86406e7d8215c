package dev.vizzor.gateway.limit;

import dev.vizzor.common.identity.Tier;

/** Looks up a tier's configured limits; every tier must be configured, checked at start. */
public final class TierTable {
  private TierTable() {}

  public static LimitsConfig.TierLimits limitsOf(LimitsConfig config, Tier tier) {
    LimitsConfig.TierLimits limits = config.tiers().get(tier.wire());
    if (limits == null) {
      throw new IllegalStateException(
          "vizzor.gateway.limits.tiers." + tier.wire() + " is not configured");
    }
    return limits;
  }
}
