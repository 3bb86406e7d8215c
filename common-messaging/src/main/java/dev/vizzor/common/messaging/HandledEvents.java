package dev.vizzor.common.messaging;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The idempotent consumer (DESIGN.md, "Events": consumers are idempotent on the event id): a
 * consumer claims an event's id in the same transaction as the event's effect, so a redelivered
 * event, or one a second replica also got, changes nothing. Ids are forgotten after {@code
 * vizzor.events.handled-retention}, long past any redelivery.
 */
@ApplicationScoped
public class HandledEvents {
  private final Pool pool;
  private final Vertx vertx;
  private final ExpiringRows old;

  HandledEvents(Pool pool, Vertx vertx, EventsConfig config) {
    this.pool = pool;
    this.vertx = vertx;
    this.old =
        new ExpiringRows(
            pool, "handled_events", "handled_at", config.handledRetention(), "handled event ids");
  }

  /**
   * Runs {@code effect} in a transaction that first claims {@code eventId} for {@code consumer};
   * emits its result, or empty without running it when the event was handled before. The primary
   * key serialises two deliveries of one event: the second waits for the first's transaction and
   * then finds its claim.
   */
  public <T> Uni<Optional<T>> once(
      String consumer, UUID eventId, Function<SqlConnection, Uni<T>> effect) {
    return pool.withTransaction(
        connection ->
            claim(connection, consumer, eventId)
                .chain(
                    first ->
                        first
                            ? effect.apply(connection).map(Optional::ofNullable)
                            : Uni.createFrom().item(Optional.<T>empty())));
  }

  /** True when this is the first claim of {@code eventId} by {@code consumer}. */
  public Uni<Boolean> claim(SqlConnection connection, String consumer, UUID eventId) {
    return connection
        .preparedQuery(
            "INSERT INTO handled_events (consumer, event_id) VALUES ($1, $2)"
                + " ON CONFLICT DO NOTHING")
        .execute(Tuple.of(consumer, eventId))
        .map(rows -> rows.rowCount() == 1);
  }

  void startPurging(@Observes StartupEvent startup) {
    old.purgeHourly(vertx);
  }

  /** Forgets ids handled longer ago than the retention; emits how many. */
  public Uni<Integer> purge() {
    return old.purge();
  }
}
