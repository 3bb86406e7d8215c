package dev.vizzor.gateway.limit;

import java.util.Optional;
import java.util.UUID;

/**
 * Redis key names. Everything of one account shares the hash tag {@code {a:<id>}}, so one admission
 * step touches a single slot.
 */
public final class LimitKeys {
  private LimitKeys() {}

  static String accountTag(UUID accountId) {
    return "vz:{a:" + accountId + "}";
  }

  static String minute(UUID accountId, Optional<UUID> ownKey) {
    return accountTag(accountId) + ":m" + ownKey.map(k -> ":k:" + k).orElse("");
  }

  static String concurrency(UUID accountId) {
    return accountTag(accountId) + ":c";
  }

  static String dailyPrefix(UUID accountId) {
    return accountTag(accountId) + ":d:";
  }

  /** The account's current tier, written when it changes so every node sees it at once. */
  public static String tier(UUID accountId) {
    return accountTag(accountId) + ":tier";
  }

  /** Set when a key is revoked, so nodes still caching the key refuse it at once. */
  public static String revoked(UUID accountId, Optional<UUID> keyId) {
    return accountTag(accountId) + ":revoked:" + keyId.map(UUID::toString).orElse("-");
  }

  static String clientIp(String ip) {
    return "vz:{ip:" + ip + "}:m";
  }
}
