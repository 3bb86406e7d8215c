package dev.vizzor.webhook.repository;

import dev.vizzor.common.messaging.ExpiringRows;
import dev.vizzor.webhook.config.WebhookConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Forgets delivery ids older than {@code vizzor.webhook.delivery-id-retention} (default 3 days),
 * past the sender's last retry: keeping them longer would only grow the table.
 */
@ApplicationScoped
public class DeliveryIdPurge {
  private final Vertx vertx;
  private final ExpiringRows old;

  DeliveryIdPurge(Pool pool, Vertx vertx, WebhookConfig config) {
    this.vertx = vertx;
    this.old =
        new ExpiringRows(
            pool,
            "webhook_deliveries",
            "received_at",
            config.deliveryIdRetention(),
            "delivery ids");
  }

  void start(@Observes StartupEvent startup) {
    old.purgeHourly(vertx);
  }

  /** Deletes the ids older than the kept span; emits how many went. */
  public Uni<Integer> purge() {
    return old.purge();
  }
}
