package dev.vizzor.chronovisor;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The features of the candle opening at {@code openTime}, in {@link FeatureSet#NAMES} order, and
 * its ATR(14) in price units, which scales the levels of a prediction made on it.
 */
public record FeatureRow(Instant openTime, double[] values, double atr) {

  public double value(String name) {
    return values[FeatureSet.NAMES.indexOf(name)];
  }

  /** True when every value is a finite number (a flat or zero-volume window can give NaN). */
  public boolean usable() {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return Double.isFinite(atr) && atr > 0;
  }

  /** Name → value, in {@link FeatureSet#NAMES} order, as a prediction reports them. */
  public Map<String, Double> named() {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      named.put(FeatureSet.NAMES.get(i), values[i]);
    }
    return named;
  }
}
