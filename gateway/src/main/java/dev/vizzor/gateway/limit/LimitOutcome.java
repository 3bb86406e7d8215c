package dev.vizzor.gateway.limit;

/** What one admission step decided. */
public enum LimitOutcome {
  ADMITTED,
  MINUTE_EXCEEDED,
  DAILY_QUOTA_EXCEEDED,
  CONCURRENCY_EXCEEDED,
  TIER_TOO_LOW,
  KEY_REVOKED;

  static LimitOutcome fromScript(String word) {
    return switch (word) {
      case "ok" -> ADMITTED;
      case "minute" -> MINUTE_EXCEEDED;
      case "day" -> DAILY_QUOTA_EXCEEDED;
      case "concurrency" -> CONCURRENCY_EXCEEDED;
      case "tier" -> TIER_TOO_LOW;
      case "revoked" -> KEY_REVOKED;
      default -> throw new IllegalStateException("unknown admission outcome " + word);
    };
  }
}
