package dev.vizzor.agent.domain;

import dev.vizzor.chronovisor.Bar;
import java.util.List;

/**
 * Our probability of a price event (docs/POLYMARKET.md, "Model"). The log price is a driftless
 * Brownian motion: {@code ln(S_T / S) ~ N(0, σ² T)}, T in hours, σ the hourly volatility realised
 * over the candles given. No drift: over hours to weeks no estimate of the mean return from a week
 * of candles is better than zero, and the Itô term σ²T/2 is below 0.1 % of the price for the
 * horizons these markets have. So the price at resolution is above K with probability N(ln(S/K) /
 * σ√T), and by the reflection principle a level H is touched before resolution with probability 2 ×
 * N(−|ln(H/S)| / σ√T).
 */
public final class OpportunityModel {
  public static final String DESCRIPTION =
      "lognormal, driftless log price: ln(S_T/S) ~ N(0, sigma^2 T), sigma the sample standard"
          + " deviation of the hourly log returns of the last 168 closed hourly candles, T in"
          + " hours to resolution; above/below/between at resolution, reach/dip (touched before"
          + " resolution) by the reflection principle";

  private OpportunityModel() {}

  /**
   * One log return per candle: the first candle's open to its close, then close to close, so 168
   * candles give 168 hourly returns (a candle opens where the one before closed).
   */
  public static double[] hourlyLogReturns(List<Bar> bars) {
    double[] returns = new double[bars.size()];
    double previous = bars.isEmpty() ? 0 : bars.get(0).open();
    for (int i = 0; i < bars.size(); i++) {
      returns[i] = Math.log(bars.get(i).close() / previous);
      previous = bars.get(i).close();
    }
    return returns;
  }

  /** The sample standard deviation (n − 1) of the returns; 0 for fewer than two. */
  public static double sigma(double[] returns) {
    if (returns.length < 2) {
      return 0;
    }
    double mean = 0;
    for (double r : returns) {
      mean += r;
    }
    mean /= returns.length;
    double squares = 0;
    for (double r : returns) {
      squares += (r - mean) * (r - mean);
    }
    return Math.sqrt(squares / (returns.length - 1));
  }

  /**
   * The probability of the event's first outcome ("Yes", "Up"). {@code level} of an Up or Down
   * window is the price at its start.
   */
  public static double probability(
      PolymarketPriceEvent.Kind kind,
      double spot,
      double level,
      double upper,
      double sigma,
      double hours) {
    double spread = sigma * Math.sqrt(hours);
    return switch (kind) {
      case ABOVE, UP_OR_DOWN -> atOrAbove(spot, level, spread);
      case BELOW -> 1 - atOrAbove(spot, level, spread);
      case BETWEEN -> atOrAbove(spot, level, spread) - atOrAbove(spot, upper, spread);
      case REACH, DIP -> touched(spot, level, spread);
    };
  }

  private static double atOrAbove(double spot, double level, double spread) {
    double distance = Math.log(spot / level);
    if (spread == 0) {
      return distance >= 0 ? 1 : 0;
    }
    return normalCdf(distance / spread);
  }

  private static double touched(double spot, double level, double spread) {
    double distance = Math.abs(Math.log(level / spot));
    if (distance == 0) {
      return 1;
    }
    if (spread == 0) {
      return 0;
    }
    return Math.min(1, 2 * normalCdf(-distance / spread));
  }

  /**
   * The standard normal CDF through the complementary error function (Numerical Recipes' erfcc,
   * fractional error below 1.2e-7 everywhere): more than enough for probabilities quoted to 6
   * decimals against book prices in cents.
   */
  static double normalCdf(double x) {
    double z = Math.abs(x) / Math.sqrt(2);
    double t = 1 / (1 + 0.5 * z);
    double erfc =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? 1 - erfc / 2 : erfc / 2;
  }
}
