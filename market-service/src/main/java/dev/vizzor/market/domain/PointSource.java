package dev.vizzor.market.domain;

import java.time.Instant;

/**
 * Where one data point came from: an id unique to the point that starts with the source's name
 * ({@code replay:BTCUSDT:…}, {@code binance:BTCUSDT:…}), a title saying what was measured, the
 * source's public page ({@code null} for the replay and for values derived here) and when the
 * source published the value.
 */
public record PointSource(String id, String title, String url, Instant publishedAt) {}
