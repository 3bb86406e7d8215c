package dev.vizzor.common.error;

/**
 * The Velocity family's error body (seed 001): {@code {"error":"quota_exceeded","message":"…"}}.
 * When to retry travels in the {@code Retry-After} header, as the seed says for 429.
 */
public record VelocityError(String error, String message) {}
