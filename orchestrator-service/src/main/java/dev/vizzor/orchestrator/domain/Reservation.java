package dev.vizzor.orchestrator.domain;

import java.util.UUID;

/**
 * Credits held for one message before any provider is called; settled on the usage, or refunded.
 *
 * @param balance what the account holds after the hold
 */
public record Reservation(UUID accountId, UUID requestId, long amount, long balance) {}
