package dev.vizzor.market.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The price of an asset at {@code asOf}, with its 24 h statistics.
 *
 * @param change24hPercent percent change over 24 h, e.g. {@code -2.5} for -2.5 %
 * @param volume24h traded volume over 24 h in the base asset (BTC for BTC/USDT), as Binance reports
 * @param asOf the instant the price refers to; for replayed data an instant in the replayed history
 * @param source where the numbers came from: {@code binance} (live) or {@code replay}
 */
public record Quote(
    Asset asset,
    BigDecimal price,
    BigDecimal change24hPercent,
    BigDecimal high24h,
    BigDecimal low24h,
    BigDecimal volume24h,
    Instant asOf,
    String source) {}
