package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
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
}
