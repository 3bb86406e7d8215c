package dev.vizzor.agent;

import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.MarketTicks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast tick stream that keeps agents filling: it starts at an hour from which momentum over 2
 * candles stays long for three candles (so agents buy), and its prices alternate 0.3 % either side
 * of the hour's close (so a 0.01 % stop-loss or take-profit closes each position on the next tick).
 * Rounds are a minute and a second apart: each is due for an agent deciding every minute.
 */
final class TickStream implements AutoCloseable {
  static final long SPACING_SECONDS = 61;

  /** An agent that fills on nearly every round of this stream, named {@code %s}. */
  static final String FAST_AGENT =
      "{\"name\":\"%s\",\"strategy\":{\"type\":\"momentum\",\"params\":{\"period\":2}},"
          + "\"symbols\":[\"%s\"],\"interval\":\"1m\",\"risk\":{\"stopLossPct\":0.01,"
          + "\"takeProfitPct\":0.01,\"maxTradesPerDay\":1000,\"maxDailyLossPct\":100,"
          + "\"maxDrawdownPct\":100}}";

  private final MarketTicks ticks;
  private final int candle;
  private final AtomicInteger rounds = new AtomicInteger();

  TickStream(KafkaBroker broker, Instant from) {
    this.ticks = new MarketTicks(broker);
    int i = Candles.indexOpening(from);
    while (!(Candles.momentum(i, 2).equals("long")
        && Candles.momentum(i + 1, 2).equals("long")
        && Candles.momentum(i + 2, 2).equals("long"))) {
      i++;
    }
    this.candle = i;
  }

  int rounds() {
    return rounds.get();
  }

  /** The next round: one tick of each symbol at one market time, which it returns. */
  Instant next(String... symbols) {
    int j = rounds.getAndIncrement();
    Instant at = Candles.closeTime(candle).plusSeconds(60 + SPACING_SECONDS * j);
    int hour = (int) Duration.between(Candles.closeTime(candle), at).toHours();
    BigDecimal close = new BigDecimal(Candles.btc().get(candle + hour).close());
    BigDecimal price =
        close
            .multiply(j % 2 == 0 ? new BigDecimal("1.003") : new BigDecimal("0.997"))
            .setScale(2, RoundingMode.HALF_EVEN);
    for (String symbol : symbols) {
      ticks.tick(UUID.randomUUID(), symbol, price.toPlainString(), at);
    }
    return at;
  }

  @Override
  public void close() {
    ticks.close();
  }
}
