package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Labels a past LONG or SHORT signal by the first of three barriers its price path reaches (the
 * triple barrier of López de Prado, <i>Advances in Financial Machine Learning</i>, 3.4):
 *
 * <ul>
 *   <li>entry = the close of the signal's candle;
 *   <li>σ = the population standard deviation of the {@value #VOLATILITY_BARS} one-candle log
 *       returns ending at that candle;
 *   <li>take-profit and stop-loss at entry × e<sup>±w</sup> with w = {@value #WIDTH} × σ × √{@value
 *       #HORIZON_BARS} (upper is the take-profit of a LONG, lower of a SHORT);
 *   <li>time limit: the {@value #HORIZON_BARS} candles after the signal's.
 * </ul>
 *
 * Walking those candles in order, one whose high (low) reaches a barrier exits there; one that
 * reaches both counts as the stop-loss, since a candle does not tell which came first. Reaching
 * neither exits at the last candle's close. A take-profit is a win, a stop-loss a loss, and a
 * time-limit exit a win when the position's return is above zero.
 */
public final class TripleBarrier {
  public static final int HORIZON_BARS = 6;
  public static final int VOLATILITY_BARS = 20;
  public static final double WIDTH = 1.0;

  /** The barriers set when a signal is taken. */
  public record Barriers(double entry, double volatility, double upper, double lower) {}

  /** Which barrier ended the position. */
  public enum Exit {
    TAKE_PROFIT,
    STOP_LOSS,
    TIME_LIMIT
  }

  /** How a signal ended: where, when, its return in the position's direction, and the verdict. */
  public record Label(
      Exit exit, Instant exitTime, double exitPrice, double realizedReturn, boolean win) {}

  private TripleBarrier() {}

  /**
   * The barriers as of the last of {@code bars}; empty with fewer than {@value #VOLATILITY_BARS} +
   * 1 candles, or none of the price moving (no volatility to scale by).
   */
  public static Optional<Barriers> at(List<Bar> bars) {
    if (bars.size() <= VOLATILITY_BARS) {
      return Optional.empty();
    }
    double sum = 0;
    double squares = 0;
    for (int i = bars.size() - VOLATILITY_BARS; i < bars.size(); i++) {
      double r = Math.log(bars.get(i).close() / bars.get(i - 1).close());
      sum += r;
      squares += r * r;
    }
    double mean = sum / VOLATILITY_BARS;
    double sigma = Math.sqrt(Math.max(0, squares / VOLATILITY_BARS - mean * mean));
    if (!(sigma > 0)) {
      return Optional.empty();
    }
    double entry = bars.getLast().close();
    double width = WIDTH * sigma * Math.sqrt(HORIZON_BARS);
    return Optional.of(
        new Barriers(entry, sigma, entry * Math.exp(width), entry * Math.exp(-width)));
  }

  /** When the time limit of a signal on the candle closing at {@code candleClose} passes. */
  public static Instant expiresAt(Instant candleClose, Duration interval) {
    return candleClose.plus(interval.multipliedBy(HORIZON_BARS));
  }

  /**
   * @param path the {@value #HORIZON_BARS} candles after the signal's, oldest first
   * @param interval their length
   */
  public static Label label(Signal signal, Barriers barriers, List<Bar> path, Duration interval) {
    if (signal == Signal.FLAT) {
      throw new IllegalArgumentException("a FLAT signal holds no position to label");
    }
    if (path.size() != HORIZON_BARS) {
      throw new IllegalArgumentException(
          "the path needs " + HORIZON_BARS + " candles, not " + path.size());
    }
    boolean longPosition = signal == Signal.LONG;
    double takeProfit = longPosition ? barriers.upper() : barriers.lower();
    double stopLoss = longPosition ? barriers.lower() : barriers.upper();
    for (Bar bar : path) {
      Instant close = bar.openTime().plus(interval);
      boolean reachedUpper = bar.high() >= barriers.upper();
      boolean reachedLower = bar.low() <= barriers.lower();
      boolean stopped = longPosition ? reachedLower : reachedUpper;
      boolean profited = longPosition ? reachedUpper : reachedLower;
      if (stopped) {
        return exit(Exit.STOP_LOSS, close, stopLoss, barriers.entry(), longPosition);
      }
      if (profited) {
        return exit(Exit.TAKE_PROFIT, close, takeProfit, barriers.entry(), longPosition);
      }
    }
    Bar last = path.getLast();
    return exit(
        Exit.TIME_LIMIT,
        last.openTime().plus(interval),
        last.close(),
        barriers.entry(),
        longPosition);
  }

  private static Label exit(
      Exit exit, Instant time, double price, double entry, boolean longPosition) {
    double change = price / entry - 1;
    double realized = longPosition ? change : -change;
    boolean win =
        switch (exit) {
          case TAKE_PROFIT -> true;
          case STOP_LOSS -> false;
          case TIME_LIMIT -> realized > 0;
        };
    return new Label(exit, time, price, realized, win);
  }
}
