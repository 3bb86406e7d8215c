package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Market time as market-service's ticks state it, never this process's clock: a symbol's candle
 * boundary is crossed when one of its ticks is at or past the next hour. A tick more than {@code
 * runBreak} behind the newest one seen means the market went back (a replay wrapped or was
 * restarted): a new run begins there. Not thread-safe; the pipeline's single worker owns it.
 */
final class MarketTimeline {
  sealed interface Step permits NewRun, Boundary {}

  /** Market time went back: start a new run whose market time begins at {@code at}. */
  record NewRun(Instant at) implements Step {}

  /** {@code symbol}'s candle closing at {@code at} is final: resolve and emit there. */
  record Boundary(String symbol, Instant at) implements Step {}

  private final Duration runBreak;
  private final Map<String, Instant> lastBoundary = new HashMap<>();
  private Instant newest;

  MarketTimeline(Duration runBreak, Instant newest) {
    this.runBreak = runBreak;
    this.newest = newest;
  }

  List<Step> observe(String symbol, Instant asOf) {
    List<Step> steps = new ArrayList<>();
    if (newest == null || asOf.isBefore(newest.minus(runBreak))) {
      lastBoundary.clear();
      steps.add(new NewRun(hourOf(asOf)));
      newest = asOf;
    } else if (asOf.isAfter(newest)) {
      newest = asOf;
    }
    Instant boundary = hourOf(asOf);
    Instant last = lastBoundary.get(symbol);
    if (last == null || boundary.isAfter(last)) {
      lastBoundary.put(symbol, boundary);
      steps.add(new Boundary(symbol, boundary));
    }
    return steps;
  }

  Optional<Instant> newest() {
    return Optional.ofNullable(newest);
  }

  static Instant hourOf(Instant at) {
    long hour = Bar.STEP.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), hour) * hour);
  }
}
