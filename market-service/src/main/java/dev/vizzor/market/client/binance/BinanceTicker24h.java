package dev.vizzor.market.client.binance;

import java.math.BigDecimal;

/**
 * The fields of {@code /api/v3/ticker/24hr} a quote needs; Binance sends the decimals as strings.
 */
public record BinanceTicker24h(
    String symbol,
    BigDecimal lastPrice,
    BigDecimal priceChangePercent,
    BigDecimal highPrice,
    BigDecimal lowPrice,
    BigDecimal volume,
    long closeTime) {}
