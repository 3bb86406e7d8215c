package dev.vizzor.market.client.coingecko;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One coin of {@code /coins/markets}; volumes in the requested currency. */
public record CoinGeckoMarket(
    String id,
    String symbol,
    String name,
    @JsonProperty("market_cap_rank") Integer marketCapRank,
    @JsonProperty("price_change_percentage_24h") BigDecimal priceChangePercentage24h,
    @JsonProperty("total_volume") BigDecimal totalVolume) {}
