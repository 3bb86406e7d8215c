package dev.vizzor.market.replay;

import dev.vizzor.market.domain.FearGreed;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.SourceArguments;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bundled daily Fear &amp; Greed history ({@code
 * replay/fear_and_greed_index_alternative_me.csv}, alternative.me's own values, newest first as the
 * API gives them), read once into arrays ordered oldest first for binary search. Days
 * alternative.me has no value for stay absent. Replayed values say {@code replay}; the numbers are
 * alternative.me's (attribution in PROVENANCE.md).
 */
final class BundledFearGreed {
  static final String RESOURCE = "replay/fear_and_greed_index_alternative_me.csv";

  private final long[] epochDays;
  private final int[] values;
  private final String[] classifications;

  private BundledFearGreed(long[] epochDays, int[] values, String[] classifications) {
    this.epochDays = epochDays;
    this.values = values;
    this.classifications = classifications;
  }

  static BundledFearGreed load() {
    try (InputStream raw = BundledFearGreed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("bundled fear & greed missing: " + RESOURCE);
      }
      return parse(raw);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static BundledFearGreed parse(InputStream csv) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (!"value,value_classification,timestamp,time_until_update".equals(header)) {
      throw new IllegalStateException(RESOURCE + ": unexpected header " + header);
    }
    List<String[]> newestFirst = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      newestFirst.add(line.split(",", -1));
    }
    int n = newestFirst.size();
    long[] days = new long[n];
    int[] values = new int[n];
    String[] classifications = new String[n];
    for (int i = 0; i < n; i++) {
      String[] cells = newestFirst.get(n - 1 - i);
      days[i] = LocalDate.parse(cells[2]).toEpochDay();
      values[i] = Integer.parseInt(cells[0]);
      classifications[i] = cells[1].intern();
      if (i > 0 && days[i] <= days[i - 1]) {
        throw new IllegalStateException(
            RESOURCE + ": dates not strictly decreasing at " + cells[2]);
      }
    }
    return new BundledFearGreed(days, values, classifications);
  }

  /**
   * The newest value dated on or before {@code now}'s UTC day, and up to {@code days} values from
   * it backwards; a later value is never shown, as it had not been published yet.
   */
  FearGreedHistory at(Instant now, int days) {
    SourceArguments.fearGreedDays(days);
    long today = Math.floorDiv(now.getEpochSecond(), 86_400L);
    int newest = Arrays.binarySearch(epochDays, today);
    newest = newest >= 0 ? newest : -newest - 2;
    if (newest < 0) {
      throw new IllegalArgumentException("no Fear & Greed value on or before " + now);
    }
    List<FearGreed> history = new ArrayList<>(days);
    for (int i = newest; i >= 0 && history.size() < days; i--) {
      history.add(value(i));
    }
    return new FearGreedHistory(value(newest), history);
  }

  private FearGreed value(int i) {
    return new FearGreed(
        values[i],
        classifications[i],
        LocalDate.ofEpochDay(epochDays[i]).atStartOfDay(ZoneOffset.UTC).toInstant(),
        ReplayHistory.SOURCE);
  }
}
