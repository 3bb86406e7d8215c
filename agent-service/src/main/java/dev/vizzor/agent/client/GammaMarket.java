package dev.vizzor.agent.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * A market object as Gamma serves it, camelCase, in {@code events[].markets[]} and from {@code GET
 * /markets}. {@code outcomes}, {@code outcomePrices} and {@code clobTokenIds} are JSON arrays
 * encoded as strings ({@code "[\"Up\", \"Down\"]"}); {@link GammaMarkets} decodes them. Dates are
 * ISO-8601 strings; {@code eventStartTime} only on windowed markets ("Up or Down").
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GammaMarket(
    String id,
    String question,
    String conditionId,
    String slug,
    String endDate,
    String eventStartTime,
    String outcomes,
    String outcomePrices,
    String clobTokenIds,
    Boolean active,
    Boolean closed,
    Boolean acceptingOrders,
    Boolean enableOrderBook,
    BigDecimal orderPriceMinTickSize,
    BigDecimal orderMinSize,
    Boolean feesEnabled,
    FeeSchedule feeSchedule) {

  /**
   * {@code {"exponent":1,"rate":0.07,"takerOnly":true,"rebateRate":0.2}} on fee-charging markets.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FeeSchedule(BigDecimal exponent, BigDecimal rate, Boolean takerOnly) {}
}
