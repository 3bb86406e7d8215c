package dev.vizzor.webhook.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.webhook.domain.Operation;
import dev.vizzor.webhook.domain.RowChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds the {@code vizzor.watchers.changed} event for an applied change: key = symbol, value = the
 * watcher as it now stands (snake_case, as Supabase names the columns).
 */
@ApplicationScoped
public class WatcherChangedEvents {
  public static final String TOPIC = "vizzor.watchers.changed";
  public static final String TYPE = "dev.vizzor.watchers.changed.v1";

  private final ObjectMapper mapper;

  WatcherChangedEvents(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public OutboxEvent of(RowChange change, String requestId, Instant now) {
    UUID eventId = UUID.randomUUID();
    ObjectNode value = mapper.createObjectNode();
    value.put("event_id", eventId.toString());
    value.put("operation", change.operation().name());
    value.put("id", change.watcherId());
    value.put("user_id", change.userId().toString());
    value.put("symbol", change.symbol());
    value.put("timeframe", change.timeframe());
    value.set("strategy", change.strategy() == null ? mapper.nullNode() : change.strategy());
    value.put("active", change.active());
    value.put("deleted", change.operation() == Operation.DELETE);
    value.put("changed_at", change.changedAt().toString());
    return new OutboxEvent(
        null,
        eventId,
        TOPIC,
        change.symbol(),
        TYPE,
        Long.toString(change.watcherId()),
        requestId,
        value.toString(),
        now);
  }
}
