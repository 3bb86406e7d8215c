package dev.vizzor.market.client.coingecko;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code /search/trending}, the coins part. In {@code item.data}, {@code total_volume} is a
 * formatted string such as {@code "$282,142"} and the 24 h change is given per currency.
 */
public record CoinGeckoTrending(List<Coin> coins) {

  public record Coin(Item item) {}

  public record Item(
      String id,
      String name,
      String symbol,
      @JsonProperty("market_cap_rank") Integer marketCapRank,
      Integer score,
      Data data) {}

  public record Data(
      @JsonProperty("price_change_percentage_24h") Map<String, BigDecimal> priceChange24h,
      @JsonProperty("total_volume") String totalVolume) {}
}
