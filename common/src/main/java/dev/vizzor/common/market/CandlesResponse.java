package dev.vizzor.common.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** market-service's {@code CandlesView}: candles opening in [from, to), oldest first. */
public record CandlesResponse(
    String symbol,
    String interval,
    Instant from,
    Instant to,
    String source,
    List<CandleJson> candles) {

  public record CandleJson(
      Instant openTime,
      BigDecimal open,
      BigDecimal high,
      BigDecimal low,
      BigDecimal close,
      BigDecimal volume) {}
}
