package dev.vizzor.common.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The outbox, read side: what the relay takes and, once Kafka has it, deletes. */
@ApplicationScoped
class OutboxReader {

  /**
   * Every replica relays under this transaction-scoped advisory lock, so one pass runs at a time
   * per database: two passes side by side could each take an event of the same key and send them
   * out of order. Any constant does, as long as every replica uses the same; the database is the
   * service's own.
   */
  static final long RELAY_LOCK = "vizzor outbox relay".hashCode();

  /**
   * Takes the relay lock for the caller's transaction and reads the oldest events in id order;
   * reads none when another pass holds the lock. The lock is released at commit or rollback, so it
   * must run inside a transaction (on the connection that holds it).
   */
  Uni<List<OutboxRow>> claimOldest(SqlConnection connection, int limit) {
    return connection
        .preparedQuery(
            "WITH relay AS (SELECT pg_try_advisory_xact_lock($1) AS mine) "
                + "SELECT id, event_id, topic, event_key, event_type, subject, request_id,"
                + " payload::text, created_at "
                + "FROM outbox, relay WHERE relay.mine ORDER BY id LIMIT $2")
        .execute(Tuple.of(RELAY_LOCK, limit))
        .map(
            rows -> {
              List<OutboxRow> events = new ArrayList<>();
              for (Row row : rows) {
                events.add(
                    new OutboxRow(
                        row.getLong("id"),
                        new OutgoingEvent(
                            row.getUUID("event_id"),
                            row.getString("topic"),
                            row.getString("event_key"),
                            row.getString("event_type"),
                            row.getString("subject"),
                            row.getOffsetDateTime("created_at").toInstant(),
                            row.getString("request_id"),
                            row.getString("payload"))));
              }
              return events;
            });
  }

  Uni<Void> remove(SqlConnection connection, List<Long> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return connection
        .preparedQuery("DELETE FROM outbox WHERE id = ANY($1)")
        .execute(Tuple.of(ids.toArray(Long[]::new)))
        .replaceWithVoid();
  }
}
