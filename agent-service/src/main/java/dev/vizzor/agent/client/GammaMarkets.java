package dev.vizzor.agent.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.domain.PolymarketFee;
import dev.vizzor.agent.domain.PolymarketMarket;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Gamma's market objects as {@link PolymarketMarket}s, shared by the live client and the bundled
 * capture. A market without a condition id, outcomes or an end date is left out: it can be neither
 * priced nor traded.
 */
public final class GammaMarkets {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  /** Polymarket's defaults when a market does not state them. */
  private static final BigDecimal TICK = new BigDecimal("0.01");

  private static final BigDecimal MIN_SIZE = new BigDecimal("5");

  private GammaMarkets() {}

  public static Optional<PolymarketMarket> of(GammaMarket wire) {
    List<String> outcomes = strings(wire.outcomes());
    List<String> tokens = strings(wire.clobTokenIds());
    Instant end = instant(wire.endDate());
    if (wire.conditionId() == null || outcomes.isEmpty() || end == null) {
      return Optional.empty();
    }
    List<BigDecimal> prices =
        strings(wire.outcomePrices()).stream().map(GammaMarkets::decimal).toList();
    return Optional.of(
        new PolymarketMarket(
            wire.conditionId(),
            wire.slug(),
            wire.question(),
            outcomes,
            tokens,
            prices,
            instant(wire.eventStartTime()),
            end,
            Boolean.TRUE.equals(wire.acceptingOrders()) && !Boolean.TRUE.equals(wire.closed()),
            wire.orderPriceMinTickSize() == null ? TICK : wire.orderPriceMinTickSize(),
            wire.orderMinSize() == null ? MIN_SIZE : wire.orderMinSize(),
            fee(wire)));
  }

  public static List<PolymarketMarket> of(List<GammaEvent> events) {
    return events.stream()
        .filter(event -> event.markets() != null)
        .flatMap(event -> event.markets().stream())
        .map(GammaMarkets::of)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The market's taker fee if it states one; {@code takerOnly} fees are the only kind charged. */
  static PolymarketFee fee(GammaMarket wire) {
    GammaMarket.FeeSchedule schedule = wire.feeSchedule();
    if (!Boolean.TRUE.equals(wire.feesEnabled()) || schedule == null || schedule.rate() == null) {
      return PolymarketFee.NONE;
    }
    int exponent = schedule.exponent() == null ? 1 : schedule.exponent().intValueExact();
    return new PolymarketFee(schedule.rate(), exponent);
  }

  static List<String> strings(String encoded) {
    if (encoded == null || encoded.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(encoded, STRINGS);
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An ISO instant, or a bare date taken as its start in UTC (older markets have those). */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
