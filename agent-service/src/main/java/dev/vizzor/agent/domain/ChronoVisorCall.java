package dev.vizzor.agent.domain;

import dev.vizzor.chronovisor.Tier;
import dev.vizzor.strategy.Signal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@code vizzor.predictions.emitted} call as a chronovisor agent reads it, and the signal it
 * gives an agent trading at {@code tier} and {@code horizon} (the strategy's rule,
 * docs/CHRONOVISOR.md): LONG for "up", SHORT for "down", FLAT for "sideways" or a call below the
 * agent's tier.
 */
public record ChronoVisorCall(
    UUID eventId,
    UUID predictionId,
    String symbol,
    String horizon,
    String tier,
    String direction,
    double confidence,
    BigDecimal entryPrice,
    Instant emittedAt) {

  /**
   * The reading for an agent whose strategy params are {@code params}; empty for another horizon.
   */
  public Optional<Reading> readingFor(Map<String, Object> params) {
    if (!horizon.equals(params.get("horizon"))) {
      return Optional.empty();
    }
    Tier wanted = Tier.parse(String.valueOf(params.get("tier"))).orElseThrow();
    Optional<Tier> made = Tier.parse(tier);
    boolean strongEnough = made.isPresent() && made.get().ordinal() <= wanted.ordinal();
    Signal signal =
        !strongEnough
            ? Signal.FLAT
            : switch (direction) {
              case "up" -> Signal.LONG;
              case "down" -> Signal.SHORT;
              default -> Signal.FLAT;
            };
    return Optional.of(
        new Reading(
            signal,
            confidence,
            emittedAt,
            "chronovisor call " + predictionId,
            Map.of(
                "call",
                Map.of(
                    "direction", direction,
                    "tier", tier,
                    "horizon", horizon,
                    "confidence", confidence,
                    "entryPrice", entryPrice))));
  }
}
