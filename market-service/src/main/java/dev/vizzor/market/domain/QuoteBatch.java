package dev.vizzor.market.domain;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The quotes of several assets: those the source gave, and the assets whose quote failed. An asset
 * the source has no data for is in neither: a failure says nothing about the asset, no data does.
 */
public record QuoteBatch(Map<Asset, Quote> quoted, Set<Asset> failed) {

  public static QuoteBatch allFailed(Collection<Asset> assets) {
    return new QuoteBatch(Map.of(), Set.copyOf(assets));
  }

  /** One {@code quote} call per asset, concurrently; each failure is that asset's alone. */
  public static Uni<QuoteBatch> oneByOne(
      Collection<Asset> assets, Function<Asset, Uni<Optional<Quote>>> quote) {
    List<Asset> ordered = List.copyOf(assets);
    if (ordered.isEmpty()) {
      return Uni.createFrom().item(new QuoteBatch(Map.of(), Set.of()));
    }
    List<Uni<Optional<Optional<Quote>>>> calls = new ArrayList<>();
    for (Asset asset : ordered) {
      calls.add(
          Uni.createFrom()
              .deferred(() -> quote.apply(asset))
              .map(Optional::of)
              .onFailure()
              .recoverWithItem(Optional.empty()));
    }
    return Uni.join()
        .all(calls)
        .andFailFast()
        .map(
            results -> {
              Map<Asset, Quote> quoted = new LinkedHashMap<>();
              Set<Asset> failed = new HashSet<>();
              for (int i = 0; i < ordered.size(); i++) {
                Asset asset = ordered.get(i);
                results
                    .get(i)
                    .ifPresentOrElse(
                        found -> found.ifPresent(q -> quoted.put(asset, q)),
                        () -> failed.add(asset));
              }
              return new QuoteBatch(quoted, failed);
            });
  }

  /** This batch and {@code other} together (their assets do not overlap). */
  public QuoteBatch and(QuoteBatch other) {
    Map<Asset, Quote> bothQuoted = new LinkedHashMap<>(quoted);
    bothQuoted.putAll(other.quoted);
    Set<Asset> bothFailed = new HashSet<>(failed);
    bothFailed.addAll(other.failed);
    return new QuoteBatch(bothQuoted, bothFailed);
  }
}
