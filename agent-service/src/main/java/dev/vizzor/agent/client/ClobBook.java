package dev.vizzor.agent.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The CLOB's {@code GET /book?token_id=…} answer: prices and sizes are strings, {@code timestamp}
 * is epoch milliseconds as a string; bids come ascending and asks descending (best last), which
 * {@link dev.vizzor.agent.domain.Book} does not rely on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClobBook(
    String market,
    @JsonProperty("asset_id") String assetId,
    String timestamp,
    List<Level> bids,
    List<Level> asks,
    @JsonProperty("tick_size") String tickSize,
    @JsonProperty("min_order_size") String minOrderSize) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Level(String price, String size) {}
}
