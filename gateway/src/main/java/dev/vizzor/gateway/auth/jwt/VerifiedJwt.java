package dev.vizzor.gateway.auth.jwt;

import java.time.Instant;

/** A token whose signature and claims checked out: who it speaks for, and until when. */
public record VerifiedJwt(String subject, Instant expiresAt) {}
