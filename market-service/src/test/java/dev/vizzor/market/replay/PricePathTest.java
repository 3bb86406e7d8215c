package dev.vizzor.market.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PricePathTest {
  private static final long MINUTE = 60_000;

  /** Candle 0 rises (open 100, low 90, high 120, close 110); candle 1 falls (100/105/80/85). */
  private static final HourlyCandles CANDLES =
      new HourlyCandles(
          new long[] {0, 1},
          new long[] {fp(100), fp(100)},
          new long[] {fp(120), fp(105)},
          new long[] {fp(90), fp(80)},
          new long[] {fp(110), fp(85)},
          new long[] {fp(1), fp(1)});

  @Test
  void aRisingCandleDipsToItsLowThenRisesToItsHighThenClosesAtItsClose() {
    assertPrice("99.5", 0, 1);
    assertPrice("95", 0, 10);
    assertPrice("90", 0, 20);
    assertPrice("105", 0, 30);
    assertPrice("120", 0, 40);
    assertPrice("115", 0, 50);
    assertPrice("110", 0, 60);
  }

  @Test
  void aFallingCandleRisesToItsHighThenFallsToItsLowThenClosesAtItsClose() {
    assertPrice("105", 1, 20);
    assertPrice("80", 1, 40);
    assertPrice("85", 1, 60);
  }

  @Test
  void extremesSoFarNeverLookAhead() {
    assertEquals(0, new BigDecimal("100").compareTo(PricePath.highSoFar(CANDLES, 0, 10 * MINUTE)));
    assertEquals(0, new BigDecimal("95").compareTo(PricePath.lowSoFar(CANDLES, 0, 10 * MINUTE)));
    assertEquals(0, new BigDecimal("105").compareTo(PricePath.highSoFar(CANDLES, 0, 30 * MINUTE)));
    assertEquals(0, new BigDecimal("90").compareTo(PricePath.lowSoFar(CANDLES, 0, 30 * MINUTE)));
    assertEquals(0, new BigDecimal("120").compareTo(PricePath.highSoFar(CANDLES, 0, 60 * MINUTE)));
  }

  @Test
  void onlyInstantsInsideTheHourHaveAPrice() {
    assertThrows(IllegalArgumentException.class, () -> PricePath.priceAt(CANDLES, 0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> PricePath.priceAt(CANDLES, 0, 60 * MINUTE + 1));
  }

  private static void assertPrice(String expected, int candle, long minutes) {
    BigDecimal price = PricePath.priceAt(CANDLES, candle, minutes * MINUTE);
    assertEquals(0, new BigDecimal(expected).compareTo(price), minutes + " min: " + price);
  }

  private static long fp(long units) {
    return units * 100_000_000L;
  }
}
