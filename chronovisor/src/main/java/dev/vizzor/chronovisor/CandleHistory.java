package dev.vizzor.chronovisor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One symbol's closed hourly candles, oldest first, and the features computed on them (each once: a
 * closed candle never changes). Gaps in the series are allowed; a prediction's path must be
 * complete to resolve, and a training sample's too.
 */
public final class CandleHistory {
  private final List<Bar> bars = new ArrayList<>();
  private final Map<Instant, Integer> indexByOpen = new HashMap<>();
  private final Map<Integer, FeatureRow> features = new HashMap<>();
  private final FearGreedHistory fearGreed;

  public CandleHistory(FearGreedHistory fearGreed) {
    this.fearGreed = fearGreed;
  }

  /**
   * Adds candles that open after the last one held; earlier or repeated ones are ignored, so a
   * caller may pass overlapping fetches.
   */
  public void append(List<Bar> more) {
    for (Bar bar : more) {
      if (bars.isEmpty() || bar.openTime().isAfter(last().openTime())) {
        indexByOpen.put(bar.openTime(), bars.size());
        bars.add(bar);
      }
    }
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  public Bar last() {
    return bars.get(bars.size() - 1);
  }

  public int size() {
    return bars.size();
  }

  /** The candle that closes at {@code instant}, if held. */
  public Optional<Integer> indexClosingAt(Instant instant) {
    return Optional.ofNullable(indexByOpen.get(instant.minus(Bar.STEP)));
  }

  public Bar bar(int index) {
    return bars.get(index);
  }

  /** The features at a candle, or null when its window is short or unusable. */
  public FeatureRow features(int index) {
    return features.computeIfAbsent(
        index,
        i -> {
          FeatureRow row = FeatureSet.at(bars, i, fearGreed);
          return row != null && row.usable() ? row : null;
        });
  }

  /** The {@code horizon.hours()} candles opening at {@code from}, or empty if any is missing. */
  public Optional<List<Bar>> path(Instant from, Horizon horizon) {
    Integer first = indexByOpen.get(from);
    if (first == null || first + horizon.hours() > bars.size()) {
      return Optional.empty();
    }
    List<Bar> path = bars.subList(first, first + horizon.hours());
    Instant expectedLast = from.plus(Bar.STEP.multipliedBy(horizon.hours() - 1L));
    return path.get(path.size() - 1).openTime().equals(expectedLast)
        ? Optional.of(List.copyOf(path))
        : Optional.empty();
  }
}
