package dev.vizzor.chronovisor;

import java.util.List;
import java.util.OptionalInt;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.bollinger.PercentBIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;

/**
 * The model's inputs at one closed candle, computed with ta4j from the {@link #WINDOW} candles
 * ending there and nothing else. A fixed window (rather than the whole history a caller happens to
 * hold) makes a feature depend only on the candle it describes and the ones before it: the service,
 * which holds a few months, and {@code vizzor eval}, which holds years, compute the same values,
 * and no later candle can change them.
 */
public final class FeatureSet {
  /** Candles each computation sees: enough for EMA(48) and MACD(12, 26, 9) to settle. */
  public static final int WINDOW = 240;

  public static final List<String> NAMES =
      List.of(
          "ret_1h",
          "ret_4h",
          "ret_24h",
          "ret_72h",
          "rsi_14",
          "macd_hist_pct",
          "bollinger_pct_b",
          "atr_14_pct",
          "obv_slope_24",
          "ema_12_slope_4",
          "ema_48_slope_4",
          "realized_vol_24",
          "volume_z_24",
          "fear_greed");

  /** The features whose sign says which way the market leans (for {@link TierGates}). */
  static final List<String> DIRECTIONAL =
      List.of("ret_4h", "ret_24h", "macd_hist_pct", "ema_12_slope_4");

  private FeatureSet() {}

  /**
   * The features at {@code bars.get(end)}, from {@code bars[end - WINDOW + 1 .. end]}; null when
   * fewer than {@link #WINDOW} candles end there.
   */
  public static FeatureRow at(List<Bar> bars, int end, FearGreedHistory fearGreed) {
    int start = end - WINDOW + 1;
    if (start < 0) {
      return null;
    }
    BarSeries series = CandleSeries.of(bars.subList(start, end + 1), Bar.STEP);
    int last = series.getEndIndex();
    ClosePriceIndicator close = new ClosePriceIndicator(series);
    double price = bars.get(end).close();
    MACDIndicator macd = new MACDIndicator(close, 12, 26);
    EMAIndicator ema12 = new EMAIndicator(close, 12);
    EMAIndicator ema48 = new EMAIndicator(close, 48);
    OnBalanceVolumeIndicator obv = new OnBalanceVolumeIndicator(series);
    OptionalInt fng = fearGreed.knownAt(bars.get(end).closeTime());
    double atr = new ATRIndicator(series, 14).getValue(last).doubleValue();
    double[] values = {
      logReturn(bars, end, 1),
      logReturn(bars, end, 4),
      logReturn(bars, end, 24),
      logReturn(bars, end, 72),
      new RSIIndicator(close, 14).getValue(last).doubleValue() / 100 - 0.5,
      (macd.getValue(last).doubleValue() - macd.getSignalLine(9).getValue(last).doubleValue())
          / price,
      new PercentBIndicator(close, 20, 2.0).getValue(last).doubleValue(),
      atr / price,
      (obv.getValue(last).doubleValue() - obv.getValue(last - 24).doubleValue())
          / Math.max(volumeSum(bars, end, 24), 1e-12),
      ema12.getValue(last).doubleValue() / ema12.getValue(last - 4).doubleValue() - 1,
      ema48.getValue(last).doubleValue() / ema48.getValue(last - 4).doubleValue() - 1,
      realizedVolatility(bars, end, 24),
      volumeZ(bars, end, 24),
      fng.isPresent() ? (fng.getAsInt() - 50) / 50.0 : 0
    };
    return new FeatureRow(bars.get(end).openTime(), values, atr);
  }

  private static double logReturn(List<Bar> bars, int end, int lag) {
    return Math.log(bars.get(end).close() / bars.get(end - lag).close());
  }

  private static double volumeSum(List<Bar> bars, int end, int count) {
    double sum = 0;
    for (int i = end - count + 1; i <= end; i++) {
      sum += bars.get(i).volume();
    }
    return sum;
  }

  private static double realizedVolatility(List<Bar> bars, int end, int count) {
    double[] returns = new double[count];
    for (int k = 0; k < count; k++) {
      returns[k] = logReturn(bars, end - k, 1);
    }
    return standardDeviation(returns, mean(returns));
  }

  /** The last candle's volume against the {@code count} before it. */
  private static double volumeZ(List<Bar> bars, int end, int count) {
    double[] before = new double[count];
    for (int k = 0; k < count; k++) {
      before[k] = bars.get(end - 1 - k).volume();
    }
    double mean = mean(before);
    double deviation = standardDeviation(before, mean);
    return deviation > 0 ? (bars.get(end).volume() - mean) / deviation : 0;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double standardDeviation(double[] values, double mean) {
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / values.length);
  }
}
