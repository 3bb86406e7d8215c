package dev.vizzor.common.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/**
 * The transactional outbox (DESIGN.md, "Events"), write side: a service that changes its database
 * and emits an event adds the event with the client of the transaction that makes the change, so
 * both are stored or neither; {@link OutboxRelay} publishes it later, whether Kafka is up now or
 * not. The table comes with the kit's migration ({@code R__vizzor_events_kit.sql}).
 */
@ApplicationScoped
public class Outbox {
  /**
   * The insert, for a service that writes its change and the event in one statement (the webhook's
   * upsert feeds it from a CTE): follow it with a {@code VALUES} or {@code SELECT} of event id,
   * topic, key, type, subject, request id, JSON payload and time, in that order.
   */
  public static final String INSERT_INTO =
      "INSERT INTO outbox (event_id, topic, event_key, event_type, subject, request_id, payload,"
          + " created_at) ";

  private static final String INSERT =
      INSERT_INTO + "VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8)";

  /** Adds {@code event} in the transaction {@code client} belongs to. */
  public Uni<Void> add(SqlClient client, OutgoingEvent event) {
    return client
        .preparedQuery(INSERT)
        .execute(
            Tuple.from(
                new Object[] {
                  event.id(),
                  event.topic(),
                  event.key(),
                  event.type(),
                  event.subject(),
                  event.requestId(),
                  event.json(),
                  event.time().atOffset(ZoneOffset.UTC)
                }))
        .replaceWithVoid();
  }
}
