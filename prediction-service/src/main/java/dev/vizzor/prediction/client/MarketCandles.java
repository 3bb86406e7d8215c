package dev.vizzor.prediction.client;

import dev.vizzor.chronovisor.Bar;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Closed hourly candles from market-service, fetched on this service's own account (a scheduled
 * pipeline, not a user's request). Long ranges are fetched in pages of {@link #PAGE} candles, the
 * most market-service answers at once.
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
    List<Instant> pageStarts = new ArrayList<>();
    for (Instant start = from;
        start.isBefore(to);
        start = start.plus(Bar.STEP.multipliedBy(PAGE))) {
      pageStarts.add(start);
    }
    return Multi.createFrom()
        .iterable(pageStarts)
        .onItem()
        .transformToUniAndConcatenate(
            start -> {
              Instant end = start.plus(Bar.STEP.multipliedBy(PAGE));
              return pages.page(symbol, start, end.isAfter(to) ? to : end);
            })
        .collect()
        .asList()
        .map(fetched -> fetched.stream().flatMap(List::stream).toList());
  }
}
