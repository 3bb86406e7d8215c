package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.common.messaging.HandledEvents;
import dev.vizzor.prediction.client.MarketCandles;
import dev.vizzor.prediction.domain.SignalView;
import dev.vizzor.prediction.domain.WinRateView;
import dev.vizzor.prediction.repository.WinRateRepository;
import dev.vizzor.prediction.repository.WinRateRepository.Due;
import dev.vizzor.prediction.repository.WinRateRepository.Settled;
import dev.vizzor.strategy.Signal;
import dev.vizzor.strategy.TripleBarrier;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code compute-winrate} stage: a {@code compute-signals} event states that market time of its
 * symbol and timeframe reached the signal's candle, so every pending signal of that symbol and
 * timeframe whose time limit has passed is labelled on its own candles ({@link TripleBarrier}), and
 * the win rates of their series move by those labels. A signal whose candles are still missing at
 * twice its time limit expires, uncounted.
 */
@ApplicationScoped
public class WinRateStage {
  /** The consumer name under which this stage claims {@code compute-signals} events. */
  static final String CONSUMER = "prediction-service/compute-winrate";

  private final WinRateRepository rates;
  private final MarketCandles candles;
  private final HandledEvents handled;

  WinRateStage(WinRateRepository rates, MarketCandles candles, HandledEvents handled) {
    this.rates = rates;
    this.candles = candles;
    this.handled = handled;
  }

  /** Market time of {@code symbol}'s {@code timeframe} reached {@code now}; emits what changed. */
  public Uni<List<WinRateView>> onSignal(
      UUID eventId, String symbol, Horizon timeframe, Instant now) {
    return rates
        .due(symbol, timeframe.label(), now)
        .chain(due -> settle(symbol, timeframe, now, due))
        .chain(
            settled ->
                settled.isEmpty()
                    ? Uni.createFrom().item(List.<WinRateView>of())
                    : handled
                        .once(CONSUMER, eventId, transaction -> rates.settle(transaction, settled))
                        .map(changed -> changed.orElse(List.of())));
  }

  /** Labels {@code due}, fetching each candle time's path once for all series that share it. */
  private Uni<List<Settled>> settle(String symbol, Horizon timeframe, Instant now, List<Due> due) {
    Map<Instant, List<Due>> byCandle =
        due.stream()
            .collect(
                Collectors.groupingBy(
                    d -> d.signal().candleTime(), LinkedHashMap::new, Collectors.toList()));
    return Multi.createFrom()
        .iterable(byCandle.entrySet())
        .onItem()
        .transformToUniAndConcatenate(
            entry -> {
              Instant candle = entry.getKey();
              Instant end = TripleBarrier.expiresAt(candle, timeframe.duration());
              return candles
                  .range(symbol, timeframe.label(), timeframe.duration(), candle, end)
                  .map(path -> settleAll(entry.getValue(), path.bars(), timeframe, now, end));
            })
        .collect()
        .in(ArrayList::new, List::addAll);
  }

  private static List<Settled> settleAll(
      List<Due> due, List<Bar> path, Horizon timeframe, Instant now, Instant end) {
    if (path.size() < TripleBarrier.HORIZON_BARS) {
      // its candles may still come; past twice the time limit they will not
      boolean lost =
          !now.isBefore(end.plus(timeframe.duration().multipliedBy(TripleBarrier.HORIZON_BARS)));
      return lost ? due.stream().map(d -> new Settled(d, null)).toList() : List.of();
    }
    List<Settled> settled = new ArrayList<>();
    for (Due each : due) {
      settled.add(new Settled(each, label(each.signal(), path, timeframe)));
    }
    return settled;
  }

  private static SignalView.Label label(SignalView signal, List<Bar> path, Horizon timeframe) {
    SignalView.Barriers b = signal.barriers();
    TripleBarrier.Label label =
        TripleBarrier.label(
            Signal.valueOf(signal.signal()),
            new TripleBarrier.Barriers(signal.price(), b.volatility(), b.upper(), b.lower()),
            path,
            timeframe.duration());
    return new SignalView.Label(
        label.exit().name().toLowerCase(Locale.ROOT),
        label.exitTime(),
        label.exitPrice(),
        label.realizedReturn(),
        label.win());
  }
}
