package dev.vizzor.market.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Just the price of an asset at {@code asOf}, without 24 h statistics: what a batch of prices is
 * made of, because Binance's {@code /api/v3/ticker/price} answers many symbols in one call.
 *
 * @param asOf the instant the price refers to; for live prices the moment Binance's answer arrived
 *     (that endpoint sends no time), for replayed ones an instant in the replayed history
 * @param source {@code binance} (live) or {@code replay}
 */
public record SpotPrice(Asset asset, BigDecimal price, Instant asOf, String source) {}
