package dev.vizzor.strategy;

import java.util.List;

/**
 * A strategy's reading at each candle: the signal to hold after it closes and a score in [−1, 1]
 * (positive leans long, negative short; each strategy says how it is made). Index i uses candles
 * 0..i only.
 */
public record Signals(List<Signal> signals, double[] scores) {
  public Signal at(int index) {
    return signals.get(index);
  }

  public double scoreAt(int index) {
    return scores[index];
  }
}
