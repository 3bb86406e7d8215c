package dev.vizzor.strategy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The one set of named strategies: builds one from its {@code {type, params}}. */
public final class Strategies {
  /** The types that exist, as a user names them. */
  public static final List<String> TYPES =
      List.of(Momentum.TYPE, Breakout.TYPE, MeanReversion.TYPE, Trend.TYPE, Chronovisor.TYPE);

  private Strategies() {}

  /**
   * @throws InvalidStrategyException naming the field: an unknown type (with the types that exist),
   *     an unknown parameter, or a value out of range
   */
  public static Strategy of(String type, Map<String, Object> params) {
    if (type == null || type.isBlank()) {
      throw new InvalidStrategyException("strategy.type", "is required; one of " + TYPES);
    }
    return switch (type.strip()) {
      case Momentum.TYPE -> new Momentum(params);
      case Breakout.TYPE -> new Breakout(params);
      case MeanReversion.TYPE -> new MeanReversion(params);
      case Trend.TYPE -> new Trend(params);
      case Chronovisor.TYPE -> new Chronovisor(params);
      default ->
          throw new InvalidStrategyException(
              "strategy.type", "'" + type + "' is not a strategy; the types are " + TYPES);
    };
  }

  /**
   * What identifies a strategy with its parameters, the defaults included: {@code
   * momentum{period=14}}. Two watchers whose strategies have one key share one signal series.
   */
  public static String key(Strategy strategy) {
    return strategy.type() + new TreeMap<>(strategy.params());
  }
}
