package dev.vizzor.webhook.service;

import dev.vizzor.webhook.domain.Delivery;
import dev.vizzor.webhook.domain.RowChange;
import dev.vizzor.webhook.domain.SyncResult;
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
  private final Clock clock;

  WatcherSync(Pool pool, WatcherRepository watchers, DeliveryRepository deliveries, Clock clock) {
    this.pool = pool;
    this.watchers = watchers;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  public Uni<SyncResult> apply(RowChange change, Delivery delivery, String requestId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SyncResult answer =
        new SyncResult(
            true, change.operation(), change.symbol(), change.userId().toString(), now.toString());
    if (delivery.id().isEmpty()) {
      return write(pool, change, requestId, now).replaceWith(answer);
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
                            : write(connection, change, requestId, now).replaceWith(answer)));
  }

  private Uni<Void> write(SqlClient client, RowChange change, String requestId, Instant now) {
    return watchers
        .applyAndEnqueue(client, change, requestId, now)
        .invoke(
            applied -> {
              if (!applied) {
                LOG.infof(
                    "ignored %s of watcher %d at %s: the stored state is newer or already the same",
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
