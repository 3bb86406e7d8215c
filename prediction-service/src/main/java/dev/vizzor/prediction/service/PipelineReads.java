package dev.vizzor.prediction.service;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.prediction.domain.SignalView;
import dev.vizzor.prediction.domain.WinRateView;
import dev.vizzor.prediction.repository.SignalRepository;
import dev.vizzor.prediction.repository.WatcherRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What the orchestrator reads of the pipeline: for each series watched on the symbols asked (or,
 * without symbols, on those the user watches), its latest signal and its win rate, optionally only
 * the series of one user's watchers.
 */
@ApplicationScoped
public class PipelineReads {
  /** A series now: its latest signal and its win rate so far. */
  public record SeriesState(SignalView latest, WinRateView winRate) {}

  /** The answer: the symbols read and their series. */
  public record Latest(List<String> symbols, String userId, List<SeriesState> series) {}

  private final SignalRepository signals;
  private final WatcherRepository watchers;

  PipelineReads(SignalRepository signals, WatcherRepository watchers) {
    this.signals = signals;
    this.watchers = watchers;
  }

  public Uni<Latest> latest(List<String> symbols, String userId) {
    if (symbols.isEmpty() && userId == null) {
      throw ApiException.invalid("give symbols, userId or both");
    }
    Uni<List<String>> asked =
        symbols.isEmpty() ? watchers.symbolsOf(userId) : Uni.createFrom().item(symbols);
    return asked.chain(
        names ->
            signals
                .latest(names, userId)
                .map(
                    rows ->
                        new Latest(
                            names,
                            userId,
                            rows.stream()
                                .map(
                                    row ->
                                        new SeriesState(
                                            row.signal(),
                                            WinRateView.of(
                                                row.signal().symbol(),
                                                row.signal().timeframe(),
                                                row.signal().strategy(),
                                                row.wins() == null ? 0 : row.wins(),
                                                row.losses() == null ? 0 : row.losses(),
                                                row.lastExit(),
                                                List.of())))
                                .toList())));
  }
}
