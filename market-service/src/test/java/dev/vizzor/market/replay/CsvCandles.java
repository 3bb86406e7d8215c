package dev.vizzor.market.replay;

import dev.vizzor.market.domain.Asset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The bundled candle files read the plain way (BigDecimal, string dates), independent of the
 * service's fixed-point loader, so tests can recount what the replay reports. Applies the one
 * documented rule: candles opening at or after the download time 2023-12-30 20:00 are dropped.
 */
public record CsvCandles(List<Row> rows) {
  static final Instant DOWNLOAD = Instant.parse("2023-12-30T20:00:00Z");

  public record Row(
      Instant open, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, BigDecimal v) {
    public Instant close() {
      return open.plus(Duration.ofHours(1));
    }
  }

  public static CsvCandles read(Asset asset) {
    String resource = "replay/" + asset.pair() + "_1h.csv.gz";
    try (InputStream in = CsvCandles.class.getClassLoader().getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in), StandardCharsets.US_ASCII))) {
      List<Row> rows = new ArrayList<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] c = line.split(",");
        Instant open = Instant.parse(c[0].replace(' ', 'T') + "Z");
        if (open.isBefore(DOWNLOAD)) {
          rows.add(
              new Row(
                  open,
                  new BigDecimal(c[1]),
                  new BigDecimal(c[2]),
                  new BigDecimal(c[3]),
                  new BigDecimal(c[4]),
                  new BigDecimal(c[5])));
        }
      }
      return new CsvCandles(List.copyOf(rows));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Index of the row whose hour (open, open + 1 h] holds {@code t}, or -1 in a missing hour. */
  public int holding(Instant t) {
    int i = lastClosedBy(t.minusNanos(1)) + 1;
    return i < rows.size() && rows.get(i).open().isBefore(t) && !rows.get(i).close().isBefore(t)
        ? i
        : -1;
  }

  /** Index of the last row whose hour has ended by {@code t}. */
  public int lastClosedBy(Instant t) {
    int lo = 0, hi = rows.size() - 1, found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (!rows.get(mid).close().isAfter(t)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
