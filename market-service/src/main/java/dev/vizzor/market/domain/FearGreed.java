package dev.vizzor.market.domain;

import java.time.Instant;

/**
 * One daily Crypto Fear &amp; Greed Index value (alternative.me's index).
 *
 * @param value 0 (extreme fear) to 100 (extreme greed)
 * @param classification alternative.me's band: Extreme Fear, Fear, Neutral, Greed, Extreme Greed
 * @param timestamp the day the value belongs to, 00:00 UTC
 * @param source {@code alternative.me} (live) or {@code replay} (the bundled history)
 */
public record FearGreed(int value, String classification, Instant timestamp, String source) {}
