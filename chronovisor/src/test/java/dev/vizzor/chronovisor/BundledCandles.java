package dev.vizzor.chronovisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The real BTCUSDT hourly candles bundled with market-service (copied as a test resource). */
final class BundledCandles {
  private static List<Bar> btc;

  private BundledCandles() {}

  static synchronized List<Bar> btc() {
    if (btc == null) {
      try (InputStream in =
          new GZIPInputStream(BundledCandles.class.getResourceAsStream("/BTCUSDT_1h.csv.gz"))) {
        btc = CandleCsv.read(in, "BTCUSDT_1h.csv.gz", "BTCUSDT").get("BTCUSDT");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return btc;
  }

  /** The candles opening in [from, to). */
  static List<Bar> btc(String from, String to) {
    Instant start = Instant.parse(from);
    Instant end = Instant.parse(to);
    return btc().stream()
        .filter(b -> !b.openTime().isBefore(start) && b.openTime().isBefore(end))
        .toList();
  }
}
