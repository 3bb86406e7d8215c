package dev.vizzor.webhook.repository;

import dev.vizzor.webhook.messaging.OutboxEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The transactional outbox, read side: events are written with their change (see {@link
 * WatcherRepository}) and published later by the relay.
 */
@ApplicationScoped
public class OutboxRepository {

  /**
   * Locks the oldest unpublished events. SKIP LOCKED lets several replicas relay at once without
   * publishing the same row twice; id order keeps each key's events in order.
   */
  public Uni<List<OutboxEvent>> lockOldest(SqlConnection connection, int limit) {
    return connection
        .preparedQuery(
            "SELECT id, event_id, topic, event_key, event_type, subject, request_id, payload::text, created_at "
                + "FROM outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED")
        .execute(Tuple.of(limit))
        .map(
            rows -> {
              List<OutboxEvent> events = new ArrayList<>();
              for (Row row : rows) {
                events.add(
                    new OutboxEvent(
                        row.getLong("id"),
                        row.getUUID("event_id"),
                        row.getString("topic"),
                        row.getString("event_key"),
                        row.getString("event_type"),
                        row.getString("subject"),
                        row.getString("request_id"),
                        row.getString("payload"),
                        row.getOffsetDateTime("created_at").toInstant()));
              }
              return events;
            });
  }

  public Uni<Void> remove(SqlConnection connection, List<Long> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return connection
        .preparedQuery("DELETE FROM outbox WHERE id = ANY($1)")
        .execute(Tuple.of(ids.toArray(Long[]::new)))
        .replaceWithVoid();
  }
}
