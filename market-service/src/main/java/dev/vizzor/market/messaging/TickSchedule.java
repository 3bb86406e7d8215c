package dev.vizzor.market.messaging;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Quote;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which quotes become ticks: a symbol ticks when its price changed since its last tick, or
 * when it has been silent for {@code maxSilence}, so consumers hear of every symbol at least that
 * often even in a still market.
 */
final class TickSchedule {
  private record Sent(BigDecimal price, Instant at) {}

  private final Duration maxSilence;
  private final Map<Asset, Sent> lastSent = new ConcurrentHashMap<>();

  TickSchedule(Duration maxSilence) {
    this.maxSilence = maxSilence;
  }

  boolean due(Quote quote, Instant now) {
    Sent last = lastSent.get(quote.asset());
    return last == null
        || last.price().compareTo(quote.price()) != 0
        || !now.isBefore(last.at().plus(maxSilence));
  }

  void sent(Quote quote, Instant at) {
    lastSent.put(quote.asset(), new Sent(quote.price(), at));
  }
}
