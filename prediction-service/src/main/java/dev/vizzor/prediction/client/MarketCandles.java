package dev.vizzor.prediction.client;

import dev.vizzor.chronovisor.Bar;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Closed candles from market-service, fetched on this service's own account (a scheduled pipeline
 * or a backtest, not a user's request). Long ranges are fetched in pages of {@link #PAGE} candles,
 * the most market-service answers at once.
 */
@ApplicationScoped
public class MarketCandles {
  static final int PAGE = 1000;

  private final MarketCandlePages pages;

  MarketCandles(MarketCandlePages pages) {
    this.pages = pages;
  }

  /** The closed hourly candles opening in {@code [from, to)}, oldest first. */
  public Uni<List<Bar>> hourly(String symbol, Instant from, Instant to) {
    return range(symbol, "1h", Bar.STEP, from, to).map(CandleRange::bars);
  }

  /**
   * Candles of {@code interval} ({@code step} long) opening in {@code [from, to)}, oldest first.
   */
  public Uni<CandleRange> range(
      String symbol, String interval, Duration step, Instant from, Instant to) {
    List<Instant> pageStarts = new ArrayList<>();
    for (Instant start = from; start.isBefore(to); start = start.plus(step.multipliedBy(PAGE))) {
      pageStarts.add(start);
    }
    return Multi.createFrom()
        .iterable(pageStarts)
        .onItem()
        .transformToUniAndConcatenate(
            start -> {
              Instant end = start.plus(step.multipliedBy(PAGE));
              return pages.range(symbol, interval, start, end.isAfter(to) ? to : end);
            })
        .collect()
        .asList()
        .map(
            fetched ->
                new CandleRange(
                    from,
                    to,
                    fetched.isEmpty() ? null : fetched.get(0).source(),
                    fetched.stream().flatMap(page -> page.bars().stream()).toList()));
  }

  /** Where market-service's candles of {@code interval} end now (its last close). */
  public Uni<Instant> lastClose(String symbol, String interval) {
    return pages.range(symbol, interval, null, null).map(CandleRange::to);
  }
}
