package dev.vizzor.market.service;

import dev.vizzor.market.domain.TrackedItem;
import dev.vizzor.market.repository.DataPointRepository;
import dev.vizzor.market.repository.TrackedItemRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Tracked items with their velocity, for {@code /api/v1/trends} and {@code /api/v1/pulse}. */
@ApplicationScoped
public class VelocityQueries {
  private static final Comparator<ScoredItem> BY_SCORE =
      Comparator.comparingInt((ScoredItem scored) -> scored.velocity().reading().score())
          .reversed()
          .thenComparing(scored -> scored.item().id());

  private final TrackedItemRepository items;
  private final DataPointRepository points;

  VelocityQueries(TrackedItemRepository items, DataPointRepository points) {
    this.items = items;
    this.points = points;
  }

  /**
   * An item with its velocity.
   *
   * @param pointCount the item's stored points, each from its own source: its {@code sourceCount}
   */
  public record ScoredItem(TrackedItem item, ItemVelocity velocity, long pointCount) {}

  /** A page of items and how many matched before the limit. */
  public record Page(List<ScoredItem> items, int total) {}

  /** Active items of the category (empty = all) scoring at least {@code minScore}, best first. */
  public Uni<Page> trends(Optional<String> category, BigDecimal minScore, int limit) {
    return scored(category, Optional.of(TrackedItem.ACTIVE))
        .map(
            all ->
                page(
                    all.stream()
                        .filter(
                            scored ->
                                BigDecimal.valueOf(scored.velocity().reading().score())
                                        .compareTo(minScore)
                                    >= 0)
                        .toList(),
                    limit));
  }

  /** Items of the category and status (empty = any), best score first. */
  public Uni<Page> pulse(Optional<String> category, Optional<String> status, int limit) {
    return scored(category, status).map(all -> page(all, limit));
  }

  private Uni<List<ScoredItem>> scored(Optional<String> category, Optional<String> status) {
    return items
        .list(category, status)
        .chain(
            found ->
                points
                    .recent(
                        found.stream().map(TrackedItem::id).toList(), ItemVelocity.SCORED_POINTS)
                    .map(
                        recent ->
                            found.stream()
                                .map(
                                    item ->
                                        new ScoredItem(
                                            item,
                                            ItemVelocity.of(
                                                recent.byItem().getOrDefault(item.id(), List.of())),
                                            recent.countByItem().getOrDefault(item.id(), 0L)))
                                .toList()));
  }

  private static Page page(List<ScoredItem> matching, int limit) {
    return new Page(matching.stream().sorted(BY_SCORE).limit(limit).toList(), matching.size());
  }
}
