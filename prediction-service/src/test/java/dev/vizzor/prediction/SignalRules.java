package dev.vizzor.prediction;

import dev.vizzor.testsupport.MarketStub;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's rules as docs/PIPELINE.md writes them, worked by this test on the bundled candles
 * (the stub's rows), to check what the service stored: momentum's signal and score, the triple
 * barrier's levels and its label.
 */
final class SignalRules {
  static final int HORIZON = 6;

  /** A candle as the stub serves it, in numbers. */
  record Candle(Instant open, double high, double low, double close) {}

  /** How a position ended by the written rules. */
  record Label(String exit, Instant exitTime, double exitPrice, boolean win) {}

  private SignalRules() {}

  static List<Candle> candles(Duration step) {
    List<Candle> candles = new ArrayList<>();
    for (MarketStub.Row row : MarketStub.Candles.aggregated(step)) {
      candles.add(
          new Candle(
              row.openTime(),
              Double.parseDouble(row.high()),
              Double.parseDouble(row.low()),
              Double.parseDouble(row.close())));
    }
    return candles;
  }

  /** Index of the candle closing at {@code close}. */
  static int closingAt(List<Candle> candles, Instant close, Duration step) {
    for (int i = 0; i < candles.size(); i++) {
      if (candles.get(i).open().plus(step).equals(close)) {
        return i;
      }
    }
    throw new AssertionError("no candle closes at " + close);
  }

  /** Momentum: the change of the close over {@code period} candles. */
  static double momentumChange(List<Candle> c, int i, int period) {
    return c.get(i).close() / c.get(i - period).close() - 1;
  }

  /** tanh of the change in units of σ·√period, σ the population sd of one-candle returns. */
  static double momentumScore(List<Candle> c, int i, int period) {
    double[] r = new double[period];
    for (int k = 0; k < period; k++) {
      int at = i - period + 1 + k;
      r[k] = c.get(at).close() / c.get(at - 1).close() - 1;
    }
    double sigma = populationSd(r);
    return Math.tanh(momentumChange(c, i, period) / (sigma * Math.sqrt(period)));
  }

  /** The triple barrier's volatility: population sd of the 20 log returns ending at i. */
  static double volatility(List<Candle> c, int i) {
    double[] r = new double[20];
    for (int k = 0; k < 20; k++) {
      int at = i - 19 + k;
      r[k] = Math.log(c.get(at).close() / c.get(at - 1).close());
    }
    return populationSd(r);
  }

  static double upper(List<Candle> c, int i) {
    return c.get(i).close() * Math.exp(volatility(c, i) * Math.sqrt(HORIZON));
  }

  static double lower(List<Candle> c, int i) {
    return c.get(i).close() * Math.exp(-volatility(c, i) * Math.sqrt(HORIZON));
  }

  /** The label of a position taken at candle i's close, walking the six candles after it. */
  static Label label(List<Candle> c, int i, boolean isLong, Duration step) {
    double up = upper(c, i);
    double down = lower(c, i);
    for (int k = i + 1; k <= i + HORIZON; k++) {
      Candle candle = c.get(k);
      Instant close = candle.open().plus(step);
      boolean hitUp = candle.high() >= up;
      boolean hitDown = candle.low() <= down;
      if (isLong ? hitDown : hitUp) {
        return new Label("stop_loss", close, isLong ? down : up, false);
      }
      if (isLong ? hitUp : hitDown) {
        return new Label("take_profit", close, isLong ? up : down, true);
      }
    }
    Candle last = c.get(i + HORIZON);
    double change = last.close() / c.get(i).close() - 1;
    return new Label(
        "time_limit", last.open().plus(step), last.close(), isLong ? change > 0 : change < 0);
  }

  private static double populationSd(double[] values) {
    double mean = 0;
    for (double v : values) {
      mean += v / values.length;
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / values.length);
  }
}
