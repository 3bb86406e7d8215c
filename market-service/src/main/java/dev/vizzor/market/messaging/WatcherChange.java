package dev.vizzor.market.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * The part of a {@code vizzor.watchers.changed} value (docs/asyncapi.yaml) this service needs:
 * which watcher, on which symbol, whether it still watches, and when that became true.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WatcherChange(
    @JsonProperty("event_id") UUID eventId,
    @JsonProperty("id") Long watcherId,
    @JsonProperty("symbol") String symbol,
    @JsonProperty("previous_symbol") String previousSymbol,
    @JsonProperty("active") Boolean active,
    @JsonProperty("deleted") Boolean deleted,
    @JsonProperty("changed_at") Instant changedAt) {

  boolean watching() {
    return active && !deleted;
  }

  /** What makes the change unusable, or null when it is complete. */
  String missing() {
    if (eventId == null) {
      return "event_id";
    }
    if (watcherId == null) {
      return "id";
    }
    if (symbol == null) {
      return "symbol";
    }
    if (active == null) {
      return "active";
    }
    if (deleted == null) {
      return "deleted";
    }
    return changedAt == null ? "changed_at" : null;
  }
}
