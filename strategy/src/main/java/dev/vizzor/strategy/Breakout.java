package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code breakout {threshold, lookback}} (defaults 0.05 and 20): the channel of the {@code
 * lookback} candles before this one (highest high, lowest low, ta4j). LONG once the close clears
 * the channel's high by {@code threshold} × its width, SHORT once it falls below its low by as
 * much; the position is held until the close crosses the channel's middle the other way, then FLAT.
 * Score: where the close stands in the channel, −1 at its low to +1 at its high (clamped).
 */
final class Breakout extends NamedStrategy {
  static final String TYPE = "breakout";
  private final double threshold;
  private final int lookback;

  Breakout(Map<String, Object> given) {
    this(new Params(TYPE, given, Set.of("threshold", "lookback")));
  }

  private Breakout(Params p) {
    super(TYPE, p);
    this.threshold = p.number("threshold", 0.05, 0, 1);
    this.lookback = p.whole("lookback", 20, 2, 500);
  }

  @Override
  public Signals evaluate(List<Bar> bars) {
    Columns candles = Columns.of(bars);
    double[] highest = Indicators.highest(candles.high(), lookback);
    double[] lowest = Indicators.lowest(candles.low(), lookback);
    List<Signal> signals = new ArrayList<>(bars.size());
    double[] scores = new double[bars.size()];
    Signal held = Signal.FLAT;
    for (int i = 0; i < bars.size(); i++) {
      if (i < lookback) {
        signals.add(Signal.FLAT);
        continue;
      }
      // the channel of the candles before this one
      double high = highest[i - 1];
      double low = lowest[i - 1];
      double width = high - low;
      double middle = (high + low) / 2;
      double close = candles.close()[i];
      if (close > high + threshold * width) {
        held = Signal.LONG;
      } else if (close < low - threshold * width) {
        held = Signal.SHORT;
      } else if ((held == Signal.LONG && close < middle)
          || (held == Signal.SHORT && close > middle)) {
        held = Signal.FLAT;
      }
      signals.add(held);
      scores[i] = width > 0 ? Scores.clamp((close - middle) / (width / 2)) : 0;
    }
    return new Signals(signals, scores);
  }
}
