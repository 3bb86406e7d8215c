package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.CandleSeries;
import java.time.Duration;
import java.util.List;
import org.ta4j.core.BarSeries;

/** Candles as a ta4j series of doubles (strategies compare, they do not account money). */
final class Series {
  private Series() {}

  /** The candles of one interval, which the first two give (only ta4j's bar periods use it). */
  static BarSeries of(List<Bar> bars) {
    Duration step =
        bars.size() > 1
            ? Duration.between(bars.get(0).openTime(), bars.get(1).openTime())
            : Bar.STEP;
    return CandleSeries.of(bars, step);
  }

  static double clamp(double value) {
    return Math.max(-1, Math.min(1, value));
  }
}
