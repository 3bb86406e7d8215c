package dev.vizzor.common.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * Who a business call is for, as the gateway vouched for it in the internal token (DESIGN.md,
 * "Inside the cluster"): {@code sub}, {@code tier}, {@code cred}, {@code kid} (only when an API key
 * was used) and {@code max_tokens}. Resources get it from {@link CurrentIdentity}.
 */
public record InternalIdentity(
    UUID accountId, Tier tier, CredentialKind credential, Optional<UUID> keyId, int maxTokens) {}
