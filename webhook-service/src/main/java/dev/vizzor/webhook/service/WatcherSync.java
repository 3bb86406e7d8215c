package dev.vizzor.webhook.service;

import dev.vizzor.webhook.domain.Delivery;
import dev.vizzor.webhook.domain.RowChange;
import dev.vizzor.webhook.domain.SyncResult;
import dev.vizzor.webhook.messaging.OutboxEvent;
import dev.vizzor.webhook.messaging.WatcherChangedEvents;
import dev.vizzor.webhook.repository.DeliveryRepository;
import dev.vizzor.webhook.repository.WatcherRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Applies one verified row change: the watcher and its outbox event in one statement; for a
 * Standard Webhooks delivery, the claim of its id in the same transaction, so a redelivery has no
 * second effect.
 */
@ApplicationScoped
public class WatcherSync {
  private static final Logger LOG = Logger.getLogger(WatcherSync.class);

  private final Pool pool;
  private final WatcherRepository watchers;
  private final DeliveryRepository deliveries;
  private final WatcherChangedEvents events;
  private final Clock clock;

  WatcherSync(
      Pool pool,
      WatcherRepository watchers,
      DeliveryRepository deliveries,
      WatcherChangedEvents events,
      Clock clock) {
    this.pool = pool;
    this.watchers = watchers;
    this.deliveries = deliveries;
    this.events = events;
    this.clock = clock;
  }

  public Uni<SyncResult> apply(RowChange change, Delivery delivery, String requestId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SyncResult answer =
        new SyncResult(
            true, change.operation(), change.symbol(), change.userId().toString(), now.toString());
    OutboxEvent event = events.of(change, requestId, now);
    if (delivery.id().isEmpty()) {
      return write(pool, change, event).replaceWith(answer);
    }
    String deliveryId = delivery.id().get();
    return pool.withTransaction(
        connection ->
            deliveries
                .claim(connection, deliveryId, JsonObject.mapFrom(answer))
                .chain(
                    earlier ->
                        earlier.isPresent()
                            ? Uni.createFrom().item(replayed(deliveryId, earlier.get()))
                            : write(connection, change, event).replaceWith(answer)));
  }

  private Uni<Void> write(SqlClient client, RowChange change, OutboxEvent event) {
    return watchers
        .applyAndEnqueue(client, change, event)
        .invoke(
            applied -> {
              if (!applied) {
                LOG.infof(
                    "ignored %s of watcher %d: a newer change (after %s) is already stored",
                    change.operation(), change.watcherId(), change.changedAt());
              }
            })
        .replaceWithVoid();
  }

  private static SyncResult replayed(String deliveryId, JsonObject earlier) {
    LOG.infof("delivery %s was already applied; answering as before", deliveryId);
    return earlier.mapTo(SyncResult.class);
  }
}
