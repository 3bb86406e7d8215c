package dev.vizzor.gateway.account;

import dev.vizzor.common.identity.Tier;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A key as the database holds it (never the secret), with its account's tier. */
public record StoredKey(
    UUID id,
    UUID accountId,
    String name,
    KeyKind kind,
    String displayPrefix,
    Tier tier,
    OffsetDateTime createdAt,
    OffsetDateTime lastUsedAt,
    OffsetDateTime revokedAt) {}
