package dev.vizzor.market.service;

import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.IndicatorValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.Num;

/**
 * Computes {@link IndicatorValues} with ta4j over decimal numbers (not doubles, so a recount with
 * BigDecimal arithmetic agrees to the printed digits). An indicator is reported only once the
 * series is longer than its unstable period; before that ta4j's value is an artefact of the series'
 * start, not a reading.
 */
public final class IndicatorCalculator {
  /** Candles the watched-symbol pipeline feeds in: enough for EMA(26)+EMA(9) and RSI to settle. */
  public static final int CANDLES = 200;

  private static final int SCALE = 8;

  private IndicatorCalculator() {}

  /** Values at the last of {@code candles} (oldest first, all of one interval). */
  public static IndicatorValues at(List<Candle> candles, Duration interval) {
    BarSeries series = series(candles, interval);
    int last = series.getEndIndex();
    ClosePriceIndicator close = new ClosePriceIndicator(series);
    SMAIndicator sma20 = new SMAIndicator(close, 20);
    MACDIndicator macd = new MACDIndicator(close, 12, 26);
    EMAIndicator signal = macd.getSignalLine(9);
    BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(sma20);
    StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, 20);
    Num two = series.numFactory().numOf(2);
    return new IndicatorValues(
        value(sma20, last, 20),
        value(new SMAIndicator(close, 50), last, 50),
        value(new EMAIndicator(close, 12), last, 12),
        value(new EMAIndicator(close, 26), last, 26),
        value(new RSIIndicator(close, 14), last, 15),
        value(macd, last, 26),
        value(signal, last, 34),
        difference(macd, signal, last, 34),
        value(new ATRIndicator(series, 14), last, 15),
        value(new BollingerBandsUpperIndicator(middle, deviation, two), last, 20),
        value(middle, last, 20),
        value(new BollingerBandsLowerIndicator(middle, deviation, two), last, 20));
  }

  private static BarSeries series(List<Candle> candles, Duration interval) {
    BarSeries series =
        new BaseBarSeriesBuilder().withNumFactory(DecimalNumFactory.getInstance()).build();
    for (Candle candle : candles) {
      series
          .barBuilder()
          .timePeriod(interval)
          .endTime(candle.openTime().plus(interval))
          .openPrice(candle.open())
          .highPrice(candle.high())
          .lowPrice(candle.low())
          .closePrice(candle.close())
          .volume(candle.volume())
          .add();
    }
    return series;
  }

  /** Null until {@code needed} candles exist. */
  private static BigDecimal value(Indicator<Num> indicator, int index, int needed) {
    return index + 1 < needed ? null : rounded(indicator.getValue(index));
  }

  private static BigDecimal difference(Indicator<Num> a, Indicator<Num> b, int index, int needed) {
    return index + 1 < needed ? null : rounded(a.getValue(index).minus(b.getValue(index)));
  }

  private static BigDecimal rounded(Num value) {
    return value.isNaN() ? null : value.bigDecimalValue().setScale(SCALE, RoundingMode.HALF_UP);
  }
}
