package dev.vizzor.market.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.MutableClock;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.FearGreed;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.domain.KnownAsset;
import dev.vizzor.market.domain.NewPair;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.TrendingCoin;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReplayMarketSourceTest {
  private static final Instant WALL = Instant.parse("2030-01-01T00:00:00Z");
  private static ReplayData data;

  @BeforeAll
  static void load() {
    data = ReplayData.loadBundled();
  }

  /** A source whose replay clock stands at {@code at}. */
  private static ReplayMarketSource at(Instant at) {
    MutableClock wall = new MutableClock();
    wall.set(WALL);
    return new ReplayMarketSource(
        data, new ReplayClock(wall, at, 1, data.history().spanStart(), data.history().spanEnd()));
  }

  @Test
  void knowsTheEightBundledAssetsAndNothingElse() {
    ReplayMarketSource source = at(Instant.parse("2023-01-01T00:00:00Z"));
    assertEquals(KnownAsset.assets(), source.knownAssets());
    assertEquals("replay", source.name());
    assertTrue(source.quote(Asset.of("PEPE")).await().indefinitely().isEmpty());
    assertTrue(
        source
            .candles(
                Asset.of("PEPE"),
                Duration.ofHours(1),
                Instant.parse("2022-12-31T00:00:00Z"),
                Instant.parse("2023-01-01T00:00:00Z"))
            .await()
            .indefinitely()
            .isEmpty());
  }

  @Test
  void candlesAreTheBundledOnesAndNeverFromTheReplaysFuture() {
    Asset eth = Asset.of("ETH");
    ReplayMarketSource source = at(Instant.parse("2023-01-01T00:30:00Z"));
    List<Candle> candles =
        source
            .candles(
                eth,
                Duration.ofHours(1),
                Instant.parse("2022-12-31T20:00:00Z"),
                Instant.parse("2023-01-01T04:00:00Z"))
            .await()
            .indefinitely();
    CsvCandles csv = CsvCandles.read(eth);
    int first = csv.lastClosedBy(Instant.parse("2022-12-31T20:00:00Z")) + 1;
    assertEquals(4, candles.size(), "20:00–23:00 have ended; 00:00 is in progress at 00:30");
    for (int i = 0; i < candles.size(); i++) {
      CsvCandles.Row row = csv.rows().get(first + i);
      Candle candle = candles.get(i);
      assertEquals(row.open(), candle.openTime());
      assertEquals(0, row.o().compareTo(candle.open()));
      assertEquals(0, row.h().compareTo(candle.high()));
      assertEquals(0, row.l().compareTo(candle.low()));
      assertEquals(0, row.c().compareTo(candle.close()));
      assertEquals(0, row.v().compareTo(candle.volume()));
    }
  }

  @Test
  void longerIntervalsAggregateEpochAlignedBucketsThatHaveEnded() {
    Asset btc = Asset.of("BTC");
    ReplayMarketSource source = at(Instant.parse("2023-01-01T03:59:00Z"));
    List<Candle> candles =
        source
            .candles(
                btc,
                Duration.ofHours(4),
                Instant.parse("2022-12-31T01:00:00Z"),
                Instant.parse("2023-01-02T00:00:00Z"))
            .await()
            .indefinitely();
    assertEquals(
        List.of(4, 8, 12, 16, 20),
        candles.stream().map(c -> c.openTime().atZone(java.time.ZoneOffset.UTC).getHour()).toList(),
        "00:00 is before 'from', and 2023-01-01 00:00–04:00 has not ended");
    CsvCandles csv = CsvCandles.read(btc);
    Candle last = candles.getLast();
    int firstHour = csv.lastClosedBy(last.openTime()) + 1;
    List<CsvCandles.Row> hours = csv.rows().subList(firstHour, firstHour + 4);
    assertEquals(0, hours.getFirst().o().compareTo(last.open()));
    assertEquals(0, hours.getLast().c().compareTo(last.close()));
    assertEquals(
        0,
        hours.stream()
            .map(CsvCandles.Row::h)
            .reduce(BigDecimal::max)
            .orElseThrow()
            .compareTo(last.high()));
    assertEquals(
        0,
        hours.stream()
            .map(CsvCandles.Row::l)
            .reduce(BigDecimal::min)
            .orElseThrow()
            .compareTo(last.low()));
    assertEquals(
        0,
        hours.stream()
            .map(CsvCandles.Row::v)
            .reduce(BigDecimal::add)
            .orElseThrow()
            .compareTo(last.volume()));
  }

  @Test
  void candleWindowsAreBounded() {
    ReplayMarketSource source = at(Instant.parse("2023-01-01T00:00:00Z"));
    Asset btc = Asset.of("BTC");
    Instant to = Instant.parse("2023-01-01T00:00:00Z");
    assertEquals(
        1000,
        source
            .candles(btc, Duration.ofHours(1), to.minus(Duration.ofHours(1000)), to)
            .await()
            .indefinitely()
            .size());
    assertThrows(
        InvalidArgumentException.class,
        () -> source.candles(btc, Duration.ofHours(1), to.minus(Duration.ofHours(1001)), to));
    assertThrows(
        InvalidArgumentException.class,
        () -> source.candles(btc, Duration.ofHours(3), to.minus(Duration.ofHours(30)), to));
    assertThrows(
        InvalidArgumentException.class,
        () -> source.candles(btc, Duration.ofMinutes(1), to.minus(Duration.ofHours(1)), to));
    assertThrows(
        InvalidArgumentException.class, () -> source.candles(btc, Duration.ofHours(1), to, to));
  }

  @Test
  void trendingListsTheTopMoversThenVolumeSurgesWithTheirReasons() {
    Instant now = Instant.parse("2022-11-09T12:00:00Z"); // the FTX collapse: big moves, big volume
    ReplayMarketSource source = at(now);
    List<TrendingCoin> trending = source.trending().await().indefinitely();

    Map<String, BigDecimal> change = new HashMap<>();
    for (Asset asset : source.knownAssets()) {
      Quote quote = source.quote(asset).await().indefinitely().orElseThrow();
      change.put(asset.base(), quote.change24hPercent());
    }
    List<String> movers =
        change.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<String, BigDecimal> e) -> e.getValue().abs())
                    .reversed())
            .limit(3)
            .map(Map.Entry::getKey)
            .toList();
    assertEquals(movers, trending.stream().limit(3).map(TrendingCoin::symbol).toList());

    Set<String> surging =
        change.keySet().stream()
            .filter(symbol -> !movers.contains(symbol))
            .filter(symbol -> surge(Asset.of(symbol), now) >= 1.5)
            .collect(Collectors.toSet());
    assertEquals(
        surging, trending.stream().skip(3).map(TrendingCoin::symbol).collect(Collectors.toSet()));

    for (TrendingCoin coin : trending) {
      assertEquals("replay", coin.source());
      assertNull(coin.marketCapRank());
      assertEquals(0, change.get(coin.symbol()).compareTo(coin.priceChange24hPercent()));
      assertTrue(coin.volume24h().signum() > 0);
      assertTrue(coin.reason().contains("24 h"), coin.reason());
    }
    assertTrue(trending.getFirst().reason().startsWith("top mover: "));
  }

  /** 24 h base volume over the average daily volume of the 7 days before, from the CSV. */
  private static double surge(Asset asset, Instant now) {
    CsvCandles csv = CsvCandles.read(asset);
    int last = csv.lastClosedBy(now);
    BigDecimal day = BigDecimal.ZERO, week = BigDecimal.ZERO;
    for (int i = last - 23; i <= last; i++) {
      day = day.add(csv.rows().get(i).v());
    }
    for (int i = last - 24 * 8 + 1; i <= last - 24; i++) {
      week = week.add(csv.rows().get(i).v());
    }
    return day.doubleValue() / (week.doubleValue() / 7);
  }

  @Test
  void fearAndGreedIsTheBundledDailyIndexAsOfTheReplayDate() throws Exception {
    Map<Instant, String[]> csv = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                getClass()
                    .getClassLoader()
                    .getResourceAsStream("replay/fear_and_greed_index_alternative_me.csv"),
                StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",", -1);
        csv.put(Instant.parse(cells[2] + "T00:00:00Z"), cells);
      }
    }
    ReplayMarketSource source = at(Instant.parse("2022-11-09T23:59:59Z"));
    FearGreedHistory week = source.fearGreed(7).await().indefinitely();
    assertEquals(Instant.parse("2022-11-09T00:00:00Z"), week.latest().timestamp());
    assertEquals(7, week.history().size());
    assertEquals(week.latest(), week.history().getFirst());
    for (int d = 0; d < 7; d++) {
      FearGreed value = week.history().get(d);
      assertEquals(
          Instant.parse("2022-11-09T00:00:00Z").minus(Duration.ofDays(d)), value.timestamp());
      String[] row = csv.get(value.timestamp());
      assertEquals(Integer.parseInt(row[0]), value.value());
      assertEquals(row[1], value.classification());
      assertEquals("replay", value.source());
    }
    assertTrue(source.fearGreed(0).await().indefinitely().history().isEmpty());
    assertThrows(InvalidArgumentException.class, () -> source.fearGreed(-1));
    assertThrows(InvalidArgumentException.class, () -> source.fearGreed(1001));
  }

  @Test
  void newPairsAreTheBundledSampleShiftedOntoTheReplayClock() {
    Instant now = Instant.parse("2023-01-01T00:00:00Z");
    ReplayMarketSource source = at(now);
    assertEquals(
        List.of("STONK"),
        source.newPairs(Duration.ofMinutes(5)).await().indefinitely().stream()
            .map(NewPair::baseSymbol)
            .toList());
    List<NewPair> pairs = source.newPairs(Duration.ofMinutes(30)).await().indefinitely();
    assertEquals(
        List.of("STONK", "KYS", "Gemini"), pairs.stream().map(NewPair::baseSymbol).toList());
    // The capture's own spacing: created 1791632043, 1791631554 and 1791631150 (epoch seconds).
    assertEquals(now, pairs.get(0).createdAt());
    assertEquals(now.minusSeconds(489), pairs.get(1).createdAt());
    assertEquals(now.minusSeconds(893), pairs.get(2).createdAt());
    for (NewPair pair : pairs) {
      assertEquals("bundled-sample", pair.source());
      assertEquals("solana", pair.chain());
      assertEquals("SOL", pair.quoteSymbol());
    }
    NewPair stonk = pairs.get(0);
    assertEquals(0, new BigDecimal("52239.46").compareTo(stonk.liquidityUsd()));
    assertEquals(0, new BigDecimal("0.0003798").compareTo(stonk.priceUsd()));
    assertEquals(List.of("very_young", "price_spike_1h", "no_profile"), stonk.riskFlags());
    NewPair kys = pairs.get(1);
    assertNull(kys.liquidityUsd());
    assertEquals(List.of("no_liquidity_data", "very_young", "no_website"), kys.riskFlags());
    assertEquals(List.of("price_spike_1h", "no_profile"), pairs.get(2).riskFlags());
    assertThrows(InvalidArgumentException.class, () -> source.newPairs(Duration.ZERO));
  }
}
