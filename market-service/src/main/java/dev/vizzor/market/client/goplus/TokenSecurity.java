package dev.vizzor.market.client.goplus;

import java.util.Optional;

/**
 * GoPlus's answer about one token: its facts, or empty when GoPlus does not know the address;
 * {@code partial} when GoPlus says it had only part of the data yet.
 */
public record TokenSecurity(Optional<GoPlusToken> token, boolean partial) {}
