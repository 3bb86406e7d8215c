package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code momentum {period}} (default 14): the rate of change of the close over {@code period}
 * candles (ta4j's ROC, {@link Indicators#roc}). LONG when it is positive, SHORT when negative.
 * Score: tanh of the change measured in the period's own volatility (the standard deviation of
 * one-candle returns over the period, times √period), so a move of one such σ scores 0.76.
 */
final class Momentum extends NamedStrategy {
  static final String TYPE = "momentum";
  private final int period;

  Momentum(Map<String, Object> given) {
    this(new Params(TYPE, given, Set.of("period")));
  }

  private Momentum(Params p) {
    super(TYPE, p);
    this.period = p.whole("period", 14, 2, 500);
  }

  @Override
  public Signals evaluate(List<Bar> bars) {
    double[] close = Columns.of(bars).close();
    double[] roc = Indicators.roc(close, period);
    List<Signal> signals = new ArrayList<>(bars.size());
    double[] scores = new double[bars.size()];
    for (int i = 0; i < bars.size(); i++) {
      if (i < period) {
        signals.add(Signal.FLAT);
        continue;
      }
      double change = roc[i] / 100;
      double sigma = volatility(close, i) * Math.sqrt(period);
      scores[i] = sigma > 0 ? Math.tanh(change / sigma) : Math.signum(change);
      signals.add(change > 0 ? Signal.LONG : change < 0 ? Signal.SHORT : Signal.FLAT);
    }
    return new Signals(signals, scores);
  }

  private double volatility(double[] close, int end) {
    double sum = 0;
    double squares = 0;
    for (int k = end - period + 1; k <= end; k++) {
      double r = close[k] / close[k - 1] - 1;
      sum += r;
      squares += r * r;
    }
    double mean = sum / period;
    return Math.sqrt(Math.max(0, squares / period - mean * mean));
  }
}
