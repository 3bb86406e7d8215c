package dev.vizzor.agent.domain;

/**
 * A trade as the ledger answered: newly written, or the one already stored under the request's
 * idempotency key ({@code existing}), with that request's fingerprint to compare.
 */
public record PolymarketStoredTrade(PolymarketTrade trade, String fingerprint, boolean existing) {}
