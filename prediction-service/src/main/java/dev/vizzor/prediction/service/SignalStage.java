package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.common.market.Symbols;
import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.HandledEvents;
import dev.vizzor.prediction.client.CandleRange;
import dev.vizzor.prediction.client.MarketCandles;
import dev.vizzor.prediction.client.UnknownSymbolException;
import dev.vizzor.prediction.domain.Series;
import dev.vizzor.prediction.domain.SignalView;
import dev.vizzor.prediction.domain.StrategyView;
import dev.vizzor.prediction.repository.PipelineClock;
import dev.vizzor.prediction.repository.SignalRepository;
import dev.vizzor.prediction.repository.SignalRepository.NewSignal;
import dev.vizzor.prediction.repository.WatcherRepository;
import dev.vizzor.strategy.Signal;
import dev.vizzor.strategy.Signals;
import dev.vizzor.strategy.TripleBarrier;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The {@code compute-signals} stage: when a symbol's candle closes (an {@code ingest-indicators}
 * event), each series watched on it whose timeframe that close ends is evaluated once, however many
 * watchers share it, on the candles its strategy needs (300 of the timeframe; 200 days of hours for
 * {@code chronovisor}) from market-service; the signal is stored with its event. A watcher that
 * starts watching gets its series' signal as of the symbol's latest close at once, rather than at
 * the next one.
 */
@ApplicationScoped
public class SignalStage {
  /** The consumer name under which this stage claims {@code ingest-indicators} events. */
  static final String CONSUMER = "prediction-service/compute-signals";

  private static final Logger LOG = Logger.getLogger(SignalStage.class);

  private final WatcherRepository watchers;
  private final SignalRepository signals;
  private final PipelineClock clock;
  private final MarketCandles candles;
  private final HandledEvents handled;

  SignalStage(
      WatcherRepository watchers,
      SignalRepository signals,
      PipelineClock clock,
      MarketCandles candles,
      HandledEvents handled) {
    this.watchers = watchers;
    this.signals = signals;
    this.clock = clock;
    this.candles = candles;
    this.handled = handled;
  }

  /**
   * A candle of {@code symbol} closed at {@code close}; emits how many signals were new (none for
   * an event handled before).
   */
  public Uni<Integer> onClose(UUID eventId, String symbol, Instant close) {
    return clock
        .advance(symbol, close)
        .chain(() -> watchers.series(symbol))
        .map(all -> all.stream().filter(s -> s.timeframe().isBoundary(close)).toList())
        .chain(due -> evaluate(symbol, due, close, eventId))
        .chain(
            computed ->
                handled.once(
                    CONSUMER, eventId, transaction -> signals.store(transaction, computed)))
        .map(stored -> stored.orElse(0));
  }

  /**
   * {@code series} became watched: its signal as of the symbol's latest close, when one is known.
   */
  public Uni<Integer> onWatched(Series series) {
    return clock
        .last(series.symbol())
        .chain(
            last ->
                last.isEmpty()
                    ? Uni.createFrom().item(0)
                    : evaluate(
                            series.symbol(),
                            List.of(series),
                            series.timeframe().boundaryAtOrBefore(last.get()),
                            null)
                        .chain(signals::store));
  }

  private Uni<List<NewSignal>> evaluate(
      String symbol, List<Series> due, Instant close, UUID eventId) {
    Map<Horizon, List<Series>> byTimeframe =
        due.stream()
            .collect(
                Collectors.groupingBy(Series::timeframe, LinkedHashMap::new, Collectors.toList()));
    return Multi.createFrom()
        .iterable(byTimeframe.entrySet())
        .onItem()
        .transformToUniAndConcatenate(
            entry ->
                window(symbol, entry.getKey(), close, longestNeed(entry.getValue()))
                    .map(
                        range ->
                            range
                                .map(r -> signalsOf(entry.getValue(), r, close, eventId))
                                .orElse(List.of())))
        .collect()
        .in(ArrayList::new, List::addAll);
  }

  private static int longestNeed(List<Series> series) {
    return series.stream().mapToInt(s -> s.strategy().candlesNeeded()).max().orElseThrow();
  }

  /** The timeframe's last {@code count} candles up to {@code close}, when they reach it. */
  private Uni<Optional<CandleRange>> window(
      String symbol, Horizon timeframe, Instant close, int count) {
    Instant from = close.minus(timeframe.duration().multipliedBy(count));
    return candles
        .range(symbol, timeframe.label(), timeframe.duration(), from, close)
        .map(
            range -> {
              List<Bar> bars = range.bars();
              if (bars.isEmpty()
                  || !bars.getLast().openTime().plus(timeframe.duration()).equals(close)) {
                LOG.warnf(
                    "no %s signals for %s at %s: market-service's %s candles end at %s",
                    timeframe,
                    symbol,
                    close,
                    timeframe,
                    bars.isEmpty() ? "none" : bars.getLast().openTime().plus(timeframe.duration()));
                return Optional.<CandleRange>empty();
              }
              return Optional.of(range);
            })
        .onFailure(UnknownSymbolException.class)
        .recoverWithItem(
            unknown -> {
              LOG.warnf("no signals for %s: market-service has no candles of it", symbol);
              return Optional.empty();
            });
  }

  private static List<NewSignal> signalsOf(
      List<Series> series, CandleRange range, Instant close, UUID eventId) {
    List<Bar> bars = range.bars();
    Optional<TripleBarrier.Barriers> barriers = TripleBarrier.at(bars);
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("candlesFrom", bars.getFirst().openTime());
    inputs.put("candlesTo", close);
    inputs.put("candles", bars.size());
    inputs.put("source", range.source());
    inputs.put("close", bars.getLast().close());
    if (eventId != null) {
      inputs.put("ingestEvent", eventId);
    }
    List<NewSignal> result = new ArrayList<>();
    for (Series each : series) {
      result.add(signal(each, bars, barriers, close, inputs));
    }
    return result;
  }

  private static NewSignal signal(
      Series series,
      List<Bar> bars,
      Optional<TripleBarrier.Barriers> barriers,
      Instant close,
      Map<String, Object> inputs) {
    Signals evaluated = series.strategy().evaluate(bars);
    int last = bars.size() - 1;
    Signal signal = evaluated.at(last);
    Instant expiresAt = TripleBarrier.expiresAt(close, series.timeframe().duration());
    String status =
        signal == Signal.FLAT ? "flat" : barriers.isPresent() ? "pending" : "unlabelled";
    SignalView view =
        new SignalView(
            CloudEvents.stableId(
                "signal",
                series.symbol(),
                series.timeframe().label(),
                series.key(),
                close.toString()),
            series.symbol(),
            Symbols.pair(series.symbol()),
            series.timeframe().label(),
            new StrategyView(series.strategy().type(), series.strategy().params()),
            close,
            signal.name(),
            evaluated.scoreAt(last),
            bars.get(last).close(),
            barriers
                .map(b -> new SignalView.Barriers(b.volatility(), b.upper(), b.lower(), expiresAt))
                .orElse(null),
            inputs,
            status,
            null);
    return new NewSignal(view, series.key(), expiresAt);
  }
}
