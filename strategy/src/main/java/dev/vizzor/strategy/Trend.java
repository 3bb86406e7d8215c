package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code trend {fast, slow}} (defaults 12 and 48): a moving-average cross on EMAs of the close
 * (ta4j's, {@link Indicators#ema}). LONG while the fast EMA is above the slow one, SHORT while
 * below. Score: tanh of the gap between them in ATR(14) units.
 */
final class Trend extends NamedStrategy {
  static final String TYPE = "trend";
  private final int fast;
  private final int slow;

  Trend(Map<String, Object> given) {
    this(new Params(TYPE, given, Set.of("fast", "slow")));
  }

  private Trend(Params p) {
    super(TYPE, p);
    this.fast = p.whole("fast", 12, 2, 499);
    this.slow = p.whole("slow", 48, 3, 500);
    if (fast >= slow) {
      throw new InvalidStrategyException(
          p.field("fast"), "must be below slow (" + slow + "), not " + fast);
    }
  }

  @Override
  public Signals evaluate(List<Bar> bars) {
    Columns candles = Columns.of(bars);
    double[] fastEma = Indicators.ema(candles.close(), fast);
    double[] slowEma = Indicators.ema(candles.close(), slow);
    double[] atr = Indicators.atr(candles, 14);
    List<Signal> signals = new ArrayList<>(bars.size());
    double[] scores = new double[bars.size()];
    for (int i = 0; i < bars.size(); i++) {
      if (i < slow) {
        signals.add(Signal.FLAT);
        continue;
      }
      double gap = fastEma[i] - slowEma[i];
      double range = atr[i];
      scores[i] = range > 0 ? Math.tanh(gap / range) : Math.signum(gap);
      signals.add(gap > 0 ? Signal.LONG : gap < 0 ? Signal.SHORT : Signal.FLAT);
    }
    return new Signals(signals, scores);
  }
}
