package dev.vizzor.chronovisor;

import java.time.Duration;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

/** Candles as a ta4j series of doubles, for indicators that compare rather than account money. */
public final class CandleSeries {
  private CandleSeries() {}

  /** {@code bars} (oldest first) as a series of {@code step}-long bars. */
  public static BarSeries of(List<Bar> bars, Duration step) {
    BarSeries series =
        new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
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
}
