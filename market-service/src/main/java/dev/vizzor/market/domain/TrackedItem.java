package dev.vizzor.market.domain;

import java.time.Instant;

/**
 * A Velocity tracked item, e.g. {@code crypto-bitcoin} or {@code market-fear-greed}.
 *
 * @param status {@code active} while ingest records it, {@code inactive} once it no longer does
 * @param firstSeen the earliest step ever recorded for it
 * @param lastUpdated when the source published its newest point
 */
public record TrackedItem(
    String id,
    String title,
    String description,
    String category,
    String subcategory,
    String status,
    Instant firstSeen,
    Instant lastUpdated) {

  public static final String ACTIVE = "active";
  public static final String INACTIVE = "inactive";

  /** A definition to record, before the database has given it its first/last instants. */
  public static TrackedItem define(String id, String title, String description, String category) {
    return new TrackedItem(id, title, description, category, null, ACTIVE, null, null);
  }
}
