package dev.vizzor.gateway.auth;

import dev.vizzor.common.identity.CredentialKind;
import dev.vizzor.common.identity.Tier;
import java.util.Optional;
import java.util.UUID;

/** Who a request acts for, once its credential is verified. */
public record Principal(
    UUID accountId,
    Tier tier,
    CredentialKind kind,
    Optional<UUID> keyId,
    Optional<String> supabaseUser) {}
