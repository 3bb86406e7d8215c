package dev.vizzor.chronovisor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The daily Crypto Fear & Greed Index (alternative.me), as bundled (PROVENANCE.md beside it). A
 * day's value is used only from the next day on: alternative.me publishes it during its own day, so
 * at any instant of day D only D-1's value was certainly known.
 */
public final class FearGreedHistory {
  private static final String BUNDLED = "fear_and_greed_index_alternative_me.csv";

  private final Map<LocalDate, Integer> byDay;

  private FearGreedHistory(Map<LocalDate, Integer> byDay) {
    this.byDay = byDay;
  }

  public static FearGreedHistory bundled() {
    try (InputStream in = FearGreedHistory.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED + " is missing from the class path");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads alternative.me's CSV: {@code value,value_classification,timestamp(YYYY-MM-DD),…}. */
  static FearGreedHistory parse(InputStream in) throws IOException {
    Map<LocalDate, Integer> values = new TreeMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    reader.readLine(); // header
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String[] cells = line.split(",", -1);
      if (cells.length >= 3 && !cells[0].isBlank()) {
        values.put(LocalDate.parse(cells[2].strip()), Integer.parseInt(cells[0].strip()));
      }
    }
    return new FearGreedHistory(values);
  }

  /** The latest value certainly published before {@code at}: the previous UTC day's. */
  public OptionalInt knownAt(Instant at) {
    Integer value = byDay.get(LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(1));
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
