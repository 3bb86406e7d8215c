package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.CandleCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The real BTCUSDT hourly candles bundled with market-service (a copy as a test resource). */
final class BundledBtc {
  private static List<Bar> all;

  private BundledBtc() {}

  static synchronized List<Bar> all() {
    if (all == null) {
      try {
        all =
            CandleCsv.read(Path.of("src/test/resources/BTCUSDT_1h.csv.gz"), "BTCUSDT")
                .get("BTCUSDT");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  static List<Bar> slice(String from, String to) {
    Instant start = Instant.parse(from);
    Instant end = Instant.parse(to);
    return all().stream()
        .filter(b -> !b.openTime().isBefore(start) && b.openTime().isBefore(end))
        .toList();
  }
}
