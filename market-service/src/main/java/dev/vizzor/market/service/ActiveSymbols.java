package dev.vizzor.market.service;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.source.MarketSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assets this service ingests and ticks right now: the source's default assets and every symbol
 * someone watches. Ingest, ticks and the Velocity items all read this one set, so a newly watched
 * symbol reaches all of them on their next pass.
 */
@ApplicationScoped
public class ActiveSymbols {
  private final MarketSource source;
  private final Set<Asset> watched = ConcurrentHashMap.newKeySet();

  ActiveSymbols(MarketSource source) {
    this.source = source;
  }

  /** Default and watched assets. */
  public Set<Asset> current() {
    Set<Asset> all = new HashSet<>(source.knownAssets());
    all.addAll(watched);
    return Set.copyOf(all);
  }

  /** The assets at least one active watcher follows: the watched-symbol pipeline's input. */
  public Set<Asset> watched() {
    return Set.copyOf(watched);
  }

  /** Records that {@code asset} is watched; true when it was not watched before. */
  public boolean watch(Asset asset) {
    return watched.add(asset);
  }

  /** Records that no active watcher follows {@code asset} any more; default assets stay active. */
  public void unwatch(Asset asset) {
    watched.remove(asset);
  }
}
