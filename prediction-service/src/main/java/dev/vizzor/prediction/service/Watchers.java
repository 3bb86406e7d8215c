package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.common.messaging.HandledEvents;
import dev.vizzor.prediction.domain.Series;
import dev.vizzor.prediction.domain.Watcher;
import dev.vizzor.prediction.repository.WatcherRepository;
import dev.vizzor.strategy.Strategies;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps the watchers of {@code vizzor.watchers.changed}: each change stored once (its event id
 * claimed in the same transaction) and only over an older state, so a redelivered or reordered
 * change does nothing. A usable watcher that watches gets its series' signal at once.
 */
@ApplicationScoped
public class Watchers {
  static final String CONSUMER = "prediction-service/watchers-changed";
  private static final Logger LOG = Logger.getLogger(Watchers.class);

  private final WatcherRepository repository;
  private final HandledEvents handled;
  private final SignalStage signals;

  Watchers(WatcherRepository repository, HandledEvents handled, SignalStage signals) {
    this.repository = repository;
    this.handled = handled;
    this.signals = signals;
  }

  public Uni<Void> record(Watcher watcher) {
    if (watcher.problem() != null) {
      LOG.warnf("watcher %d yields no signals: %s", watcher.id(), watcher.problem());
    }
    return handled
        .once(CONSUMER, watcher.eventId(), transaction -> repository.apply(transaction, watcher))
        .chain(
            ignored ->
                watcher.watching() && watcher.problem() == null
                    ? signals.onWatched(series(watcher)).replaceWithVoid()
                    : Uni.createFrom().voidItem());
  }

  private static Series series(Watcher watcher) {
    return new Series(
        watcher.symbol(),
        Horizon.parse(watcher.timeframe()).orElseThrow(),
        Strategies.of(watcher.strategyType(), watcher.strategyParams()));
  }
}
