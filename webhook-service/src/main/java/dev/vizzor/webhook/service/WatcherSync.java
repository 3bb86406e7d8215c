package dev.vizzor.webhook.service;

import dev.vizzor.webhook.domain.Delivery;
import dev.vizzor.webhook.domain.RowChange;
import dev.vizzor.webhook.domain.SyncResult;
import dev.vizzor.webhook.messaging.WatcherChangedEvents;
import dev.vizzor.webhook.repository.DeliveryRepository;
import dev.vizzor.webhook.repository.OutboxRepository;
import dev.vizzor.webhook.repository.WatcherRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Applies one verified row change in one transaction: claim the delivery id (if any), upsert or
 * tombstone the watcher, and write the outbox event, so the change and its event are stored
 * together or not at all.
 */
@ApplicationScoped
public class WatcherSync {
  private static final Logger LOG = Logger.getLogger(WatcherSync.class);

  private final Pool pool;
  private final WatcherRepository watchers;
  private final DeliveryRepository deliveries;
  private final OutboxRepository outbox;
  private final WatcherChangedEvents events;
  private final Clock clock;

  WatcherSync(
      Pool pool,
      WatcherRepository watchers,
      DeliveryRepository deliveries,
      OutboxRepository outbox,
      WatcherChangedEvents events,
      Clock clock) {
    this.pool = pool;
    this.watchers = watchers;
    this.deliveries = deliveries;
    this.outbox = outbox;
    this.events = events;
    this.clock = clock;
  }

  public Uni<SyncResult> apply(RowChange change, Delivery delivery, String requestId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SyncResult answer =
        new SyncResult(
            true, change.operation(), change.symbol(), change.userId().toString(), now.toString());
    return pool.withTransaction(
        connection ->
            delivery
                .id()
                .map(
                    id ->
                        deliveries
                            .claim(connection, id, JsonObject.mapFrom(answer))
                            .chain(
                                earlier ->
                                    earlier.isPresent()
                                        ? Uni.createFrom().item(replayed(id, earlier.get()))
                                        : write(connection, change, requestId, now, answer)))
                .orElseGet(() -> write(connection, change, requestId, now, answer)));
  }

  private Uni<SyncResult> write(
      SqlConnection connection,
      RowChange change,
      String requestId,
      Instant now,
      SyncResult answer) {
    return watchers
        .apply(connection, change)
        .chain(
            applied -> {
              if (!applied) {
                LOG.infof(
                    "ignored %s of watcher %d: a newer change (after %s) is already stored",
                    change.operation(), change.watcherId(), change.changedAt());
                return Uni.createFrom().item(answer);
              }
              return outbox.add(connection, events.of(change, requestId, now)).replaceWith(answer);
            });
  }

  private static SyncResult replayed(String deliveryId, JsonObject earlier) {
    LOG.infof("delivery %s was already applied; answering as before", deliveryId);
    return earlier.mapTo(SyncResult.class);
  }
}
