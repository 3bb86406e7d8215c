package dev.vizzor.market.client.dexscreener;

/** The part of a {@code /token-profiles/latest/v1} entry that finds the token's pairs. */
public record DexTokenProfile(String chainId, String tokenAddress) {}
