package dev.vizzor.gateway.limit;

import dev.vizzor.common.identity.Tier;
import java.util.Optional;
import java.util.UUID;

/**
 * What to count for one request. A user request counts its minute window (per key for {@code
 * X-API-Key}, else per account), the daily quota on {@code /api/v1/**}, and a concurrency slot; a
 * webhook request only its client IP's minute window.
 */
public sealed interface LimitRequest {
  String requestId();

  record User(
      UUID accountId,
      Optional<UUID> keyId,
      Tier knownTier,
      int ownPerMinute,
      boolean dailyQuota,
      String requestId)
      implements LimitRequest {}

  record ClientIp(String ip, int perMinute, String requestId) implements LimitRequest {}
}
