package dev.vizzor.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trends maths against candles small enough to compute by hand. */
class MarketTrendsTest {
  private static final Instant TO = Instant.parse("2023-01-01T12:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  private static Candle candle(int hoursBeforeTo, String open, String close, String volume) {
    BigDecimal o = new BigDecimal(open);
    BigDecimal c = new BigDecimal(close);
    return new Candle(
        TO.minus(HOUR.multipliedBy(hoursBeforeTo)),
        o,
        o.max(c),
        o.min(c),
        c,
        new BigDecimal(volume));
  }

  /** One current candle, then preceding hourly windows with the given volumes (1 = just before). */
  private static List<Candle> series(String open, String close, String volume, String... earlier) {
    List<Candle> candles = new ArrayList<>();
    for (int k = earlier.length; k >= 1; k--) {
      if (earlier[k - 1] != null) {
        candles.add(candle(k + 1, "1", "1", earlier[k - 1]));
      }
    }
    candles.add(candle(1, open, close, volume));
    return candles;
  }

  @Test
  void moversBreadthAndSurgesOfAOneHourWindow() {
    Map<Asset, List<Candle>> candles = new LinkedHashMap<>();
    // BTC +10 %, volume 30 against 7 windows of 10: a 3× surge.
    candles.put(
        Asset.of("BTC"), series("100", "110", "30", "10", "10", "10", "10", "10", "10", "10"));
    // ETH −5 %, volume as usual.
    candles.put(
        Asset.of("ETH"), series("200", "190", "10", "10", "10", "10", "10", "10", "10", "10"));
    // SOL unchanged; only 2 of the 7 earlier windows have candles: average 10, ratio exactly 1.5.
    candles.put(Asset.of("SOL"), series("50", "50", "15", "10", null, null, "10"));
    // ADA has nothing in the window (its last candle is 2 h old) and is left out; a candle at
    // TO itself is the next window's and is ignored too.
    candles.put(Asset.of("ADA"), List.of(candle(2, "1", "2", "5"), candle(0, "1", "3", "500")));

    MarketTrends.Trends trends = MarketTrends.compute(HOUR, TO, candles);

    assertEquals(
        List.of(
            new MarketTrends.Mover("BTC", new BigDecimal("10.0000"), bd("100"), bd("110")),
            new MarketTrends.Mover("ETH", new BigDecimal("-5.0000"), bd("200"), bd("190")),
            new MarketTrends.Mover("SOL", new BigDecimal("0.0000"), bd("50"), bd("50"))),
        trends.movers());
    assertEquals(
        List.of(
            new MarketTrends.VolumeSurge(
                "BTC", bd("30"), new BigDecimal("10.00000000"), new BigDecimal("3.0000")),
            new MarketTrends.VolumeSurge(
                "SOL", bd("15"), new BigDecimal("10.00000000"), new BigDecimal("1.5000"))),
        trends.volumeSurges());
    assertEquals(new MarketTrends.Breadth(1, 1, 1, new BigDecimal("1.0000")), trends.breadth());
  }

  @Test
  void aLongerWindowRunsFromItsFirstOpenToItsLastCloseAndSumsItsVolume() {
    // 4 h window of hourly candles: open 3 (first), close 4 (last), volume 1+2+3+4 = 10.
    List<Candle> candles = new ArrayList<>();
    candles.add(candle(4, "3", "5", "1"));
    candles.add(candle(3, "5", "2", "2"));
    candles.add(candle(2, "2", "6", "3"));
    candles.add(candle(1, "6", "4", "4"));
    // The 4 h window before: volume 8 → ratio 10 / 8 = 1.25, no surge.
    candles.add(0, candle(5, "3", "3", "8"));

    MarketTrends.Trends trends =
        MarketTrends.compute(Duration.ofHours(4), TO, Map.of(Asset.of("LINK"), candles));

    // (4 − 3) / 3 × 100 = 33.3333…
    assertEquals(
        List.of(new MarketTrends.Mover("LINK", new BigDecimal("33.3333"), bd("3"), bd("4"))),
        trends.movers());
    assertEquals(List.of(), trends.volumeSurges());
    assertEquals(1, trends.breadth().advancing());
    assertNull(trends.breadth().advanceDeclineRatio(), "no decliners: no ratio");
  }

  @Test
  void withoutEarlierVolumeThereIsNoSurge() {
    MarketTrends.Trends trends =
        MarketTrends.compute(HOUR, TO, Map.of(Asset.of("XRP"), series("1", "2", "100")));
    assertEquals(List.of(), trends.volumeSurges());
    assertEquals(1, trends.movers().size());
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
