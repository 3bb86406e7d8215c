package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import java.time.Duration;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

/** Candles as a ta4j series of doubles (strategies compare, they do not account money). */
final class Series {
  private Series() {}

  static BarSeries of(List<Bar> bars) {
    BarSeries series =
        new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
    Duration step =
        bars.size() > 1
            ? Duration.between(bars.get(0).openTime(), bars.get(1).openTime())
            : Bar.STEP;
    for (Bar bar : bars) {
      series
          .barBuilder()
          .timePeriod(step)
          .endTime(bar.openTime().plus(step))
          .openPrice(bar.open())
          .highPrice(bar.high())
          .lowPrice(bar.low())
          .closePrice(bar.close())
          .volume(bar.volume())
          .add();
    }
    return series;
  }

  static double clamp(double value) {
    return Math.max(-1, Math.min(1, value));
  }
}
