package dev.vizzor.gateway.limit;

/** A held concurrency slot: the Redis set it lives in and its member (the request id). */
public record Lease(String key, String member, boolean local) {}
