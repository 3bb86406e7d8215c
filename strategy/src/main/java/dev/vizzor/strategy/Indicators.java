package dev.vizzor.strategy;

/**
 * ta4j's indicators, computed over primitive arrays in one pass each. ta4j keeps every value of
 * every indicator as an object, which made strategies 13–60× slower than a plain loop
 * (docs/BENCHMARKS.md); these keep its definitions, including how each starts before a full window,
 * and IndicatorsMatchTa4jTest holds every one of them to ta4j's values on real candles. Value i
 * uses inputs 0..i only.
 */
public final class Indicators {
  private Indicators() {}

  /** ta4j's EMAIndicator: seeded with the first value, then weight 2 / (period + 1). */
  public static double[] ema(double[] values, int period) {
    return smoothed(values, 2.0 / (period + 1));
  }

  /**
   * ta4j's MMAIndicator (Wilder's average): seeded with the first value, then weight 1 / period.
   */
  public static double[] wilder(double[] values, int period) {
    return smoothed(values, 1.0 / period);
  }

  private static double[] smoothed(double[] values, double weight) {
    double[] out = new double[values.length];
    if (values.length == 0) {
      return out;
    }
    double average = values[0];
    out[0] = average;
    for (int i = 1; i < values.length; i++) {
      average += weight * (values[i] - average);
      out[i] = average;
    }
    return out;
  }

  /** ta4j's SMAIndicator: the mean of the last {@code period} values, or of all before that. */
  public static double[] sma(double[] values, int period) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = mean(values, windowStart(i, period), i);
    }
    return out;
  }

  /**
   * ta4j's StandardDeviationIndicator: the population standard deviation of the same window as
   * {@link #sma}, two-pass over the window (a running sum of squares loses the digits of a quiet
   * market at today's prices).
   */
  public static double[] deviation(double[] values, int period) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      int from = windowStart(i, period);
      double mean = mean(values, from, i);
      double squares = 0;
      for (int k = from; k <= i; k++) {
        double d = values[k] - mean;
        squares += d * d;
      }
      out[i] = Math.sqrt(squares / (i - from + 1));
    }
    return out;
  }

  /**
   * ta4j's RSIIndicator: Wilder's averages of the gains and losses between closes (0 at the first),
   * 100 − 100 / (1 + gain / loss); 100 when only gains, 0 when neither.
   */
  public static double[] rsi(double[] close, int period) {
    int n = close.length;
    double[] gains = new double[n];
    double[] losses = new double[n];
    for (int i = 1; i < n; i++) {
      double change = close[i] - close[i - 1];
      gains[i] = Math.max(change, 0);
      losses[i] = Math.max(-change, 0);
    }
    double[] gain = wilder(gains, period);
    double[] loss = wilder(losses, period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = loss[i] == 0 ? (gain[i] == 0 ? 0 : 100) : 100 - 100 / (1 + gain[i] / loss[i]);
    }
    return out;
  }

  /** ta4j's ATRIndicator: Wilder's average of the true range (high − low at the first candle). */
  public static double[] atr(Columns candles, int period) {
    double[] high = candles.high();
    double[] low = candles.low();
    double[] close = candles.close();
    double[] range = new double[close.length];
    for (int i = 0; i < close.length; i++) {
      double spread = high[i] - low[i];
      range[i] =
          i == 0
              ? spread
              : Math.max(
                  spread,
                  Math.max(Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1])));
    }
    return wilder(range, period);
  }

  /** ta4j's ROCIndicator: percent change from {@code period} values back (or the first). */
  public static double[] roc(double[] values, int period) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double before = values[Math.max(0, i - period)];
      out[i] = (values[i] - before) / before * 100;
    }
    return out;
  }

  /** ta4j's HighestValueIndicator: the maximum of the same window as {@link #sma}. */
  public static double[] highest(double[] values, int period) {
    return extreme(values, period, 1);
  }

  /** ta4j's LowestValueIndicator: the minimum of the same window as {@link #sma}. */
  public static double[] lowest(double[] values, int period) {
    return extreme(values, period, -1);
  }

  /**
   * A sliding maximum (sign 1) or minimum (sign −1) with a monotonic queue of indices, so the cost
   * does not grow with the window.
   */
  private static double[] extreme(double[] values, int period, int sign) {
    double[] out = new double[values.length];
    int[] queue = new int[values.length];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < values.length; i++) {
      while (tail > head && sign * values[queue[tail - 1]] <= sign * values[i]) {
        tail--;
      }
      queue[tail++] = i;
      if (queue[head] < windowStart(i, period)) {
        head++;
      }
      out[i] = values[queue[head]];
    }
    return out;
  }

  private static int windowStart(int index, int period) {
    return Math.max(0, index - period + 1);
  }

  private static double mean(double[] values, int from, int to) {
    double sum = 0;
    for (int k = from; k <= to; k++) {
      sum += values[k];
    }
    return sum / (to - from + 1);
  }
}
