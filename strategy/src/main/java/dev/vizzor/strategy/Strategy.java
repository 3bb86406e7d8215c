package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A named strategy with its parameters (defaults filled in), evaluated on closed candles. */
public interface Strategy {
  /**
   * {@code momentum}, {@code breakout}, {@code mean_reversion}, {@code trend}, {@code chronovisor}.
   */
  String type();

  /** Every parameter, the defaults included, as the strategy was built. */
  Map<String, Object> params();

  /**
   * The signal and score at each of {@code bars} (oldest first, one interval), each from that
   * candle and the ones before it.
   */
  Signals evaluate(List<Bar> bars);

  /** Whether the strategy runs on candles of {@code interval}; {@link #intervalRule} says which. */
  default boolean runsOn(Duration interval) {
    return true;
  }

  /** The candles the strategy runs on, for the error of one that {@link #runsOn} refuses. */
  default String intervalRule() {
    return "any interval";
  }

  /** How many candles before the one evaluated it reads to give its signal there. */
  default int candlesNeeded() {
    return 300;
  }
}
