package dev.vizzor.agent.domain;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.market.Symbols;
import dev.vizzor.strategy.InvalidStrategyException;
import dev.vizzor.strategy.Strategies;
import dev.vizzor.strategy.Strategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An agent as asked for, checked field by field; each refusal names the field and says what it
 * takes. The strategy comes from the shared set ({@link Strategies}), built here so an unknown type
 * or parameter is a 400, never a 500.
 */
public record NewAgent(
    String name,
    Strategy strategy,
    List<String> symbols,
    Cadence cadence,
    BigDecimal capital,
    RiskLimits risk) {

  public static final BigDecimal DEFAULT_CAPITAL = BigDecimal.valueOf(10_000);
  static final BigDecimal MAX_CAPITAL = BigDecimal.valueOf(1_000_000_000);
  static final int MAX_SYMBOLS = 10;

  /** Names are path segments; {@code emergency-stop} is the kill switch's path. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  private static final Set<String> RESERVED = Set.of("emergency-stop");

  /** The fields of a request body, as given (any may be null). */
  public record Given(
      String name,
      StrategyGiven strategy,
      List<String> symbols,
      String interval,
      BigDecimal capital,
      RiskLimits.Given risk) {}

  public record StrategyGiven(String type, Map<String, Object> params) {}

  public static NewAgent of(Given given) {
    if (given == null) {
      throw ApiException.invalid(
          "the body must be JSON: {\"name\": \"btc-momentum\", \"strategy\": {\"type\":"
              + " \"momentum\"}, \"symbols\": [\"BTC\"]}");
    }
    String name = name(given.name());
    Strategy strategy = strategy(given.strategy());
    Cadence cadence = Cadence.of(given.interval());
    if (StrategyKinds.onPredictions(strategy.type()) && !cadence.onCandle()) {
      throw ApiException.invalid(
          "interval: chronovisor agents act on ChronoVisor's calls as they are made (each closed"
              + " candle); leave interval out or write \"candle\"");
    }
    return new NewAgent(
        name, strategy, symbols(given.symbols()), cadence, capital(given.capital()), risk(given));
  }

  private static String name(String given) {
    if (given == null || !NAME.matcher(given).matches() || RESERVED.contains(given)) {
      throw ApiException.invalid(
          "name: 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit"
              + " (not 'emergency-stop'), unique among the caller's agents");
    }
    return given;
  }

  private static Strategy strategy(StrategyGiven given) {
    if (given == null) {
      throw ApiException.invalid(
          "strategy: required, {\"type\": one of " + Strategies.TYPES + ", \"params\": {…}}");
    }
    try {
      return Strategies.of(given.type(), given.params());
    } catch (InvalidStrategyException e) {
      throw ApiException.invalid(e.getMessage());
    }
  }

  private static List<String> symbols(List<String> given) {
    if (given == null || given.isEmpty() || given.size() > MAX_SYMBOLS) {
      throw ApiException.invalid(
          "symbols: 1 to " + MAX_SYMBOLS + " symbols such as [\"BTC\", \"ETH\"]");
    }
    Set<String> symbols = new LinkedHashSet<>();
    for (String raw : given) {
      try {
        symbols.add(Symbols.normalize(raw));
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid("symbols: " + e.getMessage());
      }
    }
    return new ArrayList<>(symbols);
  }

  private static BigDecimal capital(BigDecimal given) {
    if (given == null) {
      return DEFAULT_CAPITAL;
    }
    if (given.compareTo(BigDecimal.valueOf(100)) < 0 || given.compareTo(MAX_CAPITAL) > 0) {
      throw ApiException.invalid("capital: USDT from 100 to " + MAX_CAPITAL.toPlainString());
    }
    return given;
  }

  private static RiskLimits risk(Given given) {
    return RiskLimits.of(given.risk());
  }
}
