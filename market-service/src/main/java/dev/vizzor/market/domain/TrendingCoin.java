package dev.vizzor.market.domain;

import java.math.BigDecimal;

/**
 * A coin that is trending, and why.
 *
 * @param symbol ticker as the source spells it, upper case
 * @param marketCapRank null when the source has no market caps (replay)
 * @param priceChange24hPercent null when the source does not say
 * @param volume24h 24 h volume in USD (live CoinGecko) or USDT (replay: sum of hourly base volume
 *     times hourly close, an estimate because the bundled candles have no quote volume); null when
 *     unknown
 * @param reason why it is listed, for people
 * @param source {@code coingecko} or {@code replay}
 */
public record TrendingCoin(
    String symbol,
    String name,
    Integer marketCapRank,
    BigDecimal priceChange24hPercent,
    BigDecimal volume24h,
    String reason,
    String source) {}
