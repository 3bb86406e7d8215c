package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A Polymarket market as this service uses it, from Gamma's market object: the condition id (the
 * CLOB's {@code market}), the question, outcomes with their CLOB token ids and Gamma's {@code
 * outcomePrices}, when it resolves ({@code endDate}), the start of an "Up or Down" window ({@code
 * eventStartTime}, null elsewhere), whether it takes orders, its tick and minimum order size, and
 * its taker fee.
 */
public record PolymarketMarket(
    String conditionId,
    String slug,
    String question,
    List<String> outcomes,
    List<String> tokenIds,
    List<BigDecimal> outcomePrices,
    Instant windowStart,
    Instant endDate,
    boolean acceptingOrders,
    BigDecimal tickSize,
    BigDecimal minOrderSize,
    PolymarketFee fee) {

  /** The outcome's index by its name, case-insensitively; -1 when the market has none such. */
  public int outcomeIndex(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  /** Two outcomes, each with a token: the books mirror each other ({@link Book#mirrored}). */
  public boolean binary() {
    return outcomes.size() == 2 && tokenIds.size() == 2;
  }
}
