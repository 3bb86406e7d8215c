package dev.vizzor.market.domain;

import java.math.BigDecimal;

/**
 * Technical indicators over closed 1 h candles, each at the last candle. A value is null when the
 * series is too short for it (e.g. fewer than 50 candles for {@code sma50}).
 *
 * @param rsi14 Wilder's RSI over 14 candles, 0–100
 * @param macd EMA(12) − EMA(26) of closes; {@code macdSignal} is EMA(9) of it
 * @param atr14 Wilder's average true range over 14 candles, in the quote currency
 * @param bollingerUpper SMA(20) + 2 population standard deviations of the last 20 closes
 */
public record IndicatorValues(
    BigDecimal sma20,
    BigDecimal sma50,
    BigDecimal ema12,
    BigDecimal ema26,
    BigDecimal rsi14,
    BigDecimal macd,
    BigDecimal macdSignal,
    BigDecimal macdHistogram,
    BigDecimal atr14,
    BigDecimal bollingerUpper,
    BigDecimal bollingerMiddle,
    BigDecimal bollingerLower) {}
