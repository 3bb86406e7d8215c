package dev.vizzor.chronovisor;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The prices a prediction is judged by, scaled to the market's recent volatility: with σ = ATR(14)
 * of hourly candles × √(horizon hours), {@code upper}/{@code lower} lie {@link #TOUCH_SIGMAS}·σ
 * from the entry and the sideways band {@link #BAND_SIGMAS}·σ. An up prediction targets {@code
 * upper} and is invalidated at {@code lower}; a down one the reverse; a sideways one is invalidated
 * by either. Prices are rounded to 8 significant digits once, here, and every rule uses the rounded
 * values that are stored and shown.
 *
 * <p>Half a σ to touch and a quarter for the band keep the three realised classes near a third each
 * on the bundled candles (docs/CHRONOVISOR.md); wider levels made "sideways" the answer two times
 * in three, and a model that always says it is right without saying anything.
 */
public record Levels(double entry, double upper, double lower, double bandHigh, double bandLow) {
  public static final double TOUCH_SIGMAS = 0.5;
  public static final double BAND_SIGMAS = 0.25;

  private static final MathContext PRICE = new MathContext(8);

  public static Levels of(double entry, double hourlyAtr, Horizon horizon) {
    if (!(entry > 0) || !(hourlyAtr > 0)) {
      throw new IllegalArgumentException(
          "entry and ATR must be positive: " + entry + ", " + hourlyAtr);
    }
    double sigma = hourlyAtr * Math.sqrt(horizon.hours());
    return new Levels(
        entry,
        round(entry + TOUCH_SIGMAS * sigma),
        round(Math.max(entry - TOUCH_SIGMAS * sigma, 0)),
        round(entry + BAND_SIGMAS * sigma),
        round(Math.max(entry - BAND_SIGMAS * sigma, 0)));
  }

  /** Where the prediction is proved right (sideways: staying at the entry, inside the band). */
  public double target(Direction direction) {
    return switch (direction) {
      case UP -> upper;
      case DOWN -> lower;
      case SIDEWAYS -> entry;
    };
  }

  /** Where it is proved wrong; a sideways prediction also at {@code lower}. */
  public double invalidation(Direction direction) {
    return switch (direction) {
      case UP -> lower;
      case DOWN, SIDEWAYS -> upper;
    };
  }

  static double round(double price) {
    return new BigDecimal(price).round(PRICE).doubleValue();
  }
}
