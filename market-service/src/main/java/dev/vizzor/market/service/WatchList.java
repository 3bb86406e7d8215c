package dev.vizzor.market.service;

import dev.vizzor.common.messaging.HandledEvents;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.repository.WatcherRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which symbols the watchers of {@code vizzor.watchers.changed} watch: each change stored once (its
 * event id claimed in the same transaction), the latest state per watcher, and from it the watched
 * set that {@link ActiveSymbols} ticks.
 */
@ApplicationScoped
public class WatchList {
  /** The consumer name under which this service claims watcher events. */
  static final String CONSUMER = "market-service/watchers-changed";

  /** What a symbol's watch is after a change was applied. */
  public enum Watch {
    /** Nobody watches it (any more). */
    NONE,
    /** Watched, and it was not before. */
    NEWLY,
    /** Watched before and still. */
    STILL
  }

  private final WatcherRepository watchers;
  private final ActiveSymbols active;
  private final HandledEvents handled;

  WatchList(WatcherRepository watchers, ActiveSymbols active, HandledEvents handled) {
    this.watchers = watchers;
    this.active = active;
    this.handled = handled;
  }

  /** Watches again what earlier changes left watched; emits those symbols. */
  public Uni<List<Asset>> restore() {
    return watchers.watched().invoke(stored -> stored.forEach(active::watch));
  }

  /**
   * Stores a change unless its event was handled before or a newer change of the watcher is stored:
   * a redelivered or reordered change does nothing.
   */
  public Uni<Void> record(
      UUID eventId, long watcherId, Asset asset, boolean watching, Instant changedAt) {
    return handled
        .once(
            CONSUMER,
            eventId,
            transaction ->
                watchers.apply(transaction, watcherId, asset, watching, changedAt, eventId))
        .replaceWithVoid();
  }

  /** Re-reads whether anyone watches {@code asset} and brings the watched set in line. */
  public Uni<Watch> refresh(Asset asset) {
    return watchers
        .isWatched(asset)
        .map(
            watched -> {
              if (!watched) {
                active.unwatch(asset);
                return Watch.NONE;
              }
              return active.watch(asset) ? Watch.NEWLY : Watch.STILL;
            });
  }
}
