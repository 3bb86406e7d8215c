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
   * Every replica relays under this transaction-scoped advisory lock, so one pass runs at a time:
   * two passes side by side could each take a change of the same key and send them out of order.
   * Any constant does, as long as every replica uses the same; the database is this service's own.
   */
  public static final long RELAY_LOCK = "webhook-service outbox relay".hashCode();

  /**
   * Takes the relay lock for the caller's transaction and reads the oldest events in id order;
   * reads none when another pass holds the lock. The lock is released at commit or rollback, so it
   * must run inside a transaction (on the connection that holds it).
   */
  public Uni<List<OutboxEvent>> claimOldest(SqlConnection connection, int limit) {
    return connection
        .preparedQuery(
            "WITH relay AS (SELECT pg_try_advisory_xact_lock($1) AS mine) "
                + "SELECT id, event_id, topic, event_key, event_type, subject, request_id,"
                + " payload::text, created_at "
                + "FROM outbox, relay WHERE relay.mine ORDER BY id LIMIT $2")
        .execute(Tuple.of(RELAY_LOCK, limit))
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
