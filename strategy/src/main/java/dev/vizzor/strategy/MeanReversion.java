package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code mean_reversion {period, k}} (defaults 20 and 2): Bollinger bands (SMA(period) ± k
 * population standard deviations, ta4j). LONG when the close falls below the lower band (expecting
 * it back), SHORT above the upper; held until the close crosses the middle, then FLAT. Score: minus
 * the close's distance from the middle in band half-widths, clamped: −1 at the upper band, +1 at
 * the lower.
 */
final class MeanReversion extends NamedStrategy {
  static final String TYPE = "mean_reversion";
  private final int period;
  private final double k;

  MeanReversion(Map<String, Object> given) {
    this(new Params(TYPE, given, Set.of("period", "k")));
  }

  private MeanReversion(Params p) {
    super(TYPE, p);
    this.period = p.whole("period", 20, 2, 500);
    this.k = p.number("k", 2, 0, 10);
  }

  @Override
  public Signals evaluate(List<Bar> bars) {
    double[] close = Columns.of(bars).close();
    double[] middle = Indicators.sma(close, period);
    double[] deviation = Indicators.deviation(close, period);
    List<Signal> signals = new ArrayList<>(bars.size());
    double[] scores = new double[bars.size()];
    Signal held = Signal.FLAT;
    for (int i = 0; i < bars.size(); i++) {
      if (i < period - 1) {
        signals.add(Signal.FLAT);
        continue;
      }
      double mid = middle[i];
      double half = k * deviation[i];
      double price = close[i];
      if (price < mid - half) {
        held = Signal.LONG;
      } else if (price > mid + half) {
        held = Signal.SHORT;
      } else if ((held == Signal.LONG && price >= mid) || (held == Signal.SHORT && price <= mid)) {
        held = Signal.FLAT;
      }
      signals.add(held);
      scores[i] = half > 0 ? Scores.clamp(-(price - mid) / half) : 0;
    }
    return new Signals(signals, scores);
  }
}
