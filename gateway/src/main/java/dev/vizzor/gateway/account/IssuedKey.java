package dev.vizzor.gateway.account;

/** A freshly minted key: the secret (shown once), its SHA-256 and the prefix kept for display. */
public record IssuedKey(String secret, byte[] hash, String displayPrefix) {}
