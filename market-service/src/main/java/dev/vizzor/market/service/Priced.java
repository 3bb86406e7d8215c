package dev.vizzor.market.service;

/** A price and whether it came from the Redis cache rather than straight from the source. */
public record Priced<T>(T value, boolean cached) {}
