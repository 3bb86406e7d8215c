package dev.vizzor.market.replay;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.KnownAsset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bundled Binance 1 h candles ({@code replay/<PAIR>_1h.csv.gz}, see PROVENANCE.md) once.
 *
 * <p>The files were downloaded around 2023-12-30 20:00 UTC, so the candle opening then was still in
 * progress (ETHUSDT's has 1 % of a normal hour's volume). Every candle opening at or after {@link
 * #DOWNLOAD_CUTOFF} is dropped: the replay serves closed candles only. Every row is checked (hour
 * aligned, strictly increasing, low ≤ open, close ≤ high) so a damaged file fails the start.
 */
final class BundledCandles {
  static final Instant DOWNLOAD_CUTOFF = Instant.parse("2023-12-30T20:00:00Z");

  private static final DateTimeFormatter CSV_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private BundledCandles() {}

  static Map<Asset, HourlyCandles> load() {
    Map<Asset, HourlyCandles> byAsset = new LinkedHashMap<>();
    for (KnownAsset known : KnownAsset.values()) {
      Asset asset = known.asset();
      String resource = "replay/" + asset.pair() + "_1h.csv.gz";
      try (InputStream raw = BundledCandles.class.getClassLoader().getResourceAsStream(resource)) {
        if (raw == null) {
          throw new IllegalStateException("bundled candles missing: " + resource);
        }
        byAsset.put(asset, parse(new GZIPInputStream(raw), resource));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return Map.copyOf(byAsset);
  }

  static HourlyCandles parse(InputStream csv, String name) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(csv, StandardCharsets.US_ASCII), 1 << 16);
    String header = reader.readLine();
    if (!"date,open,high,low,close,volume,ticker".equals(header)) {
      throw new IllegalStateException(name + ": unexpected header " + header);
    }
    int capacity = 1 << 15;
    long[] hours = new long[capacity];
    long[][] columns = new long[5][capacity];
    long cutoffHour = DOWNLOAD_CUTOFF.toEpochMilli() / HourlyCandles.HOUR_MS;
    int n = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String[] cells = line.split(",", -1);
      long millis =
          LocalDateTime.parse(cells[0], CSV_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
      long hour = millis / HourlyCandles.HOUR_MS;
      if (millis % HourlyCandles.HOUR_MS != 0 || (n > 0 && hour <= hours[n - 1])) {
        throw new IllegalStateException(name + ": not hour-aligned and increasing at " + line);
      }
      if (hour >= cutoffHour) {
        continue;
      }
      if (n == hours.length) {
        hours = Arrays.copyOf(hours, n * 2);
        for (int c = 0; c < columns.length; c++) {
          columns[c] = Arrays.copyOf(columns[c], n * 2);
        }
      }
      hours[n] = hour;
      for (int c = 0; c < columns.length; c++) {
        columns[c][n] = fixedPoint(cells[c + 1]);
      }
      long open = columns[0][n], high = columns[1][n], low = columns[2][n], close = columns[3][n];
      if (low > Math.min(open, close) || high < Math.max(open, close) || low <= 0) {
        throw new IllegalStateException(name + ": inconsistent candle " + line);
      }
      n++;
    }
    return new HourlyCandles(
        Arrays.copyOf(hours, n),
        Arrays.copyOf(columns[0], n),
        Arrays.copyOf(columns[1], n),
        Arrays.copyOf(columns[2], n),
        Arrays.copyOf(columns[3], n),
        Arrays.copyOf(columns[4], n));
  }

  /**
   * Parses a plain decimal ({@code 28080.00000000}) into a long with 8 decimals. Exact: more than 8
   * decimals, signs, exponents or overflow fail instead of rounding. Hand-written because it runs a
   * million times at start.
   */
  static long fixedPoint(String decimal) {
    long value = 0;
    int decimals = -1;
    for (int i = 0; i < decimal.length(); i++) {
      char ch = decimal.charAt(i);
      if (ch == '.' && decimals < 0) {
        decimals = 0;
      } else if (ch >= '0' && ch <= '9') {
        value = Math.addExact(Math.multiplyExact(value, 10), ch - '0');
        decimals += decimals >= 0 ? 1 : 0;
      } else {
        throw new NumberFormatException("not a plain decimal: " + decimal);
      }
    }
    if (decimal.isEmpty() || decimals > HourlyCandles.SCALE) {
      throw new NumberFormatException("not a decimal with at most 8 places: " + decimal);
    }
    for (int d = Math.max(decimals, 0); d < HourlyCandles.SCALE; d++) {
      value = Math.multiplyExact(value, 10);
    }
    return value;
  }
}
