package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import java.util.List;

/**
 * Candles as primitive columns, read once per evaluation, so indicators run over arrays rather than
 * one object per value (docs/BENCHMARKS.md, "Backtest throughput").
 */
public record Columns(double[] open, double[] high, double[] low, double[] close) {
  public static Columns of(List<Bar> bars) {
    int n = bars.size();
    double[] open = new double[n];
    double[] high = new double[n];
    double[] low = new double[n];
    double[] close = new double[n];
    for (int i = 0; i < n; i++) {
      Bar bar = bars.get(i);
      open[i] = bar.open();
      high[i] = bar.high();
      low[i] = bar.low();
      close[i] = bar.close();
    }
    return new Columns(open, high, low, close);
  }

  public int size() {
    return close.length;
  }
}
