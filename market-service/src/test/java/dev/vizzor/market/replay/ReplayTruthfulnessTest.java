package dev.vizzor.market.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.MutableClock;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.KnownAsset;
import dev.vizzor.market.domain.Quote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The replay never reports a price the market did not trade: checked against the bundled CSVs read
 * independently ({@link CsvCandles}).
 */
class ReplayTruthfulnessTest {
  private static ReplayData data;
  private static final Map<Asset, CsvCandles> csv = new HashMap<>();

  @BeforeAll
  static void load() {
    data = ReplayData.loadBundled();
    for (KnownAsset known : KnownAsset.values()) {
      csv.put(known.asset(), CsvCandles.read(known.asset()));
    }
  }

  @Test
  void atFiveHundredRandomInstantsEveryPriceLiesInsideThatHoursCandle() {
    Instant start = data.history().spanStart();
    long span = Duration.between(start, data.history().spanEnd()).toMillis();
    MutableClock wall = new MutableClock();
    wall.set(Instant.parse("2030-01-01T00:00:00Z"));
    Instant wallStart = wall.instant();
    ReplayMarketSource source =
        new ReplayMarketSource(
            data, new ReplayClock(wall, start, 1, start, data.history().spanEnd()));
    Random random = new Random(20230101);
    int inGap = 0;
    for (int n = 0; n < 500; n++) {
      long offset = (long) (random.nextDouble() * span);
      wall.set(wallStart.plusMillis(offset));
      Instant t = start.plusMillis(offset);
      for (Asset asset : source.knownAssets()) {
        Quote quote = source.quote(asset).await().indefinitely().orElseThrow();
        assertEquals(t, quote.asOf());
        assertEquals("replay", quote.source());
        CsvCandles rows = csv.get(asset);
        int hour = rows.holding(t);
        if (hour < 0) {
          inGap++;
          BigDecimal lastClose = rows.rows().get(rows.lastClosedBy(t)).c();
          assertEquals(0, lastClose.compareTo(quote.price()), asset + " in a gap at " + t);
        } else {
          CsvCandles.Row row = rows.rows().get(hour);
          assertTrue(
              row.l().compareTo(quote.price()) <= 0 && quote.price().compareTo(row.h()) <= 0,
              asset + " at " + t + ": " + quote.price() + " outside " + row);
        }
        assertTrue(quote.low24h().compareTo(quote.price()) <= 0, asset + " below its 24 h low");
        assertTrue(quote.price().compareTo(quote.high24h()) <= 0, asset + " above its 24 h high");
      }
    }
    // 12 of ~23,800 hours are missing, so a random instant rarely lands in one.
    assertTrue(inGap < 40, "instants in gaps: " + inGap);
  }

  @Test
  void atEveryHourEndThePriceIsThatHoursClose() {
    Instant start = data.history().spanStart();
    Instant end = data.history().spanEnd();
    int checked = 0;
    for (Map.Entry<Asset, CsvCandles> entry : csv.entrySet()) {
      for (CsvCandles.Row row : entry.getValue().rows()) {
        if (row.close().isBefore(start) || !row.close().isBefore(end)) {
          continue;
        }
        BigDecimal price = data.history().quote(entry.getKey(), row.close()).orElseThrow().price();
        assertEquals(0, row.c().compareTo(price), entry.getKey() + " at " + row.close());
        checked++;
      }
    }
    assertTrue(checked > 8 * 23_000, "hour ends checked: " + checked);
  }

  @Test
  void dayStatisticsMatchAnIndependentRecountFromTheCsv() {
    Random random = new Random(42);
    List<Asset> assets = List.copyOf(csv.keySet());
    Instant start = data.history().spanStart();
    long hours = Duration.between(start, data.history().spanEnd()).toHours();
    for (int n = 0; n < 300; n++) {
      Asset asset = assets.get(random.nextInt(assets.size()));
      Instant hourEnd = start.plus(Duration.ofHours(random.nextLong(hours)));
      CsvCandles rows = csv.get(asset);
      int last = rows.lastClosedBy(hourEnd);
      List<CsvCandles.Row> day = rows.rows().subList(last - 23, last + 1);
      BigDecimal high = day.stream().map(CsvCandles.Row::h).reduce(BigDecimal::max).orElseThrow();
      BigDecimal low = day.stream().map(CsvCandles.Row::l).reduce(BigDecimal::min).orElseThrow();
      BigDecimal volume = day.stream().map(CsvCandles.Row::v).reduce(BigDecimal::add).orElseThrow();
      // At an hour end the price is the close of the last completed hour (also across a gap).
      BigDecimal price = day.getLast().c();
      BigDecimal open = day.getFirst().o();
      BigDecimal change =
          price
              .subtract(open)
              .multiply(BigDecimal.valueOf(100))
              .divide(open, 4, RoundingMode.HALF_EVEN);

      Quote atHourEnd = data.history().quote(asset, hourEnd).orElseThrow();
      String where = asset + " at " + hourEnd;
      assertEquals(0, high.compareTo(atHourEnd.high24h()), where + " high");
      assertEquals(0, low.compareTo(atHourEnd.low24h()), where + " low");
      assertEquals(0, volume.compareTo(atHourEnd.volume24h()), where + " volume");
      assertEquals(0, change.compareTo(atHourEnd.change24hPercent()), where + " change");

      // Within the next hour the volume stays that of the 24 completed hours and the range only
      // widens by what the path has shown so far.
      Quote midHour =
          data.history().quote(asset, hourEnd.plus(Duration.ofMinutes(37))).orElseThrow();
      assertEquals(0, volume.compareTo(midHour.volume24h()), where + " volume mid-hour");
      assertTrue(midHour.high24h().compareTo(high) >= 0, where + " high mid-hour");
      assertTrue(midHour.low24h().compareTo(low) <= 0, where + " low mid-hour");
      assertTrue(midHour.low24h().compareTo(midHour.price()) <= 0);
      assertTrue(midHour.price().compareTo(midHour.high24h()) <= 0);
    }
  }

  @Test
  void aMissingHourHoldsTheLastCloseAndHasNoCandle() {
    Asset btc = Asset.of("BTC");
    // Binance halted spot trading on 2023-03-24 13:00–14:00; the 12:00 bar is flat at 28080.
    Quote inHalt = data.history().quote(btc, Instant.parse("2023-03-24T13:30:00Z")).orElseThrow();
    assertEquals(0, new BigDecimal("28080.00").compareTo(inHalt.price()));

    List<Instant> opens =
        data
            .history()
            .candles(
                btc,
                Duration.ofHours(1),
                Instant.parse("2023-03-24T11:00:00Z"),
                Instant.parse("2023-03-24T16:00:00Z"),
                Instant.parse("2023-03-25T00:00:00Z"))
            .stream()
            .map(dev.vizzor.market.domain.Candle::openTime)
            .toList();
    assertEquals(
        List.of(
            Instant.parse("2023-03-24T11:00:00Z"),
            Instant.parse("2023-03-24T12:00:00Z"),
            Instant.parse("2023-03-24T14:00:00Z"),
            Instant.parse("2023-03-24T15:00:00Z")),
        opens);
  }
}
