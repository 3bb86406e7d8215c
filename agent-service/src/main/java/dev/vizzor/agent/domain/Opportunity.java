package dev.vizzor.agent.domain;

import java.time.Instant;
import java.util.List;

/**
 * One market naming the symbol. Mappable: the price event read from the question, every input of
 * the model (spot, level, hours to resolution, σ), both probabilities of the first outcome, the
 * edge and the outcome it favours (buying it), per-outcome detail and the book's time. Not
 * mappable: why, and no edge.
 */
public record Opportunity(
    String market,
    String slug,
    String question,
    Instant endDate,
    boolean mappable,
    String reason,
    String kind,
    Double level,
    Double upper,
    Instant windowStart,
    Double spot,
    Double hoursToResolution,
    Double sigmaHourly,
    Double ourProbability,
    Double impliedProbability,
    Double edge,
    String favours,
    String note,
    List<OpportunityOutcome> outcomes,
    Instant bookAt) {

  public static Opportunity unmappable(PolymarketMarket market, String reason) {
    return new Opportunity(
        market.conditionId(),
        market.slug(),
        market.question(),
        market.endDate(),
        false,
        reason,
        null,
        null,
        null,
        market.windowStart(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        gammaOnly(market),
        null);
  }

  /** The outcomes with what Gamma says of them; no book is read for a market not priced. */
  private static List<OpportunityOutcome> gammaOnly(PolymarketMarket market) {
    List<OpportunityOutcome> outcomes = new java.util.ArrayList<>();
    for (int i = 0; i < market.outcomes().size(); i++) {
      outcomes.add(
          new OpportunityOutcome(
              market.outcomes().get(i),
              i < market.tokenIds().size() ? market.tokenIds().get(i) : null,
              i < market.outcomePrices().size() ? market.outcomePrices().get(i) : null,
              null,
              null,
              null,
              null,
              null,
              false));
    }
    return outcomes;
  }
}
