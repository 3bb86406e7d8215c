package dev.vizzor.market.client.binance;

import java.math.BigDecimal;

/** One entry of {@code /api/v3/ticker/price}; Binance sends the price as a string. */
public record BinanceTickerPrice(String symbol, BigDecimal price) {}
