package dev.vizzor.gateway.account;

import dev.vizzor.common.identity.Tier;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * An account as the admin API shows it: its tier, the Supabase user id (JWT {@code sub}) of an
 * account first seen through a JWT, when it was created, and how many active keys it has.
 */
public record AccountSummary(
    UUID id, Tier tier, Optional<String> subject, OffsetDateTime createdAt, long activeKeys) {

  public AccountSummary withTier(Tier newTier) {
    return new AccountSummary(id, newTier, subject, createdAt, activeKeys);
  }
}
