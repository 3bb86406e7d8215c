package dev.vizzor.webhook.repository;

import dev.vizzor.webhook.config.WebhookConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Forgets delivery ids older than {@code vizzor.webhook.delivery-id-retention} (default 3 days),
 * past the sender's last retry: keeping them longer would only grow the table.
 */
@ApplicationScoped
public class DeliveryIdPurge {
  private static final Logger LOG = Logger.getLogger(DeliveryIdPurge.class);
  private static final Duration EVERY = Duration.ofHours(1);

  private final Pool pool;
  private final Vertx vertx;
  private final Duration keep;

  DeliveryIdPurge(Pool pool, Vertx vertx, WebhookConfig config) {
    this.pool = pool;
    this.vertx = vertx;
    this.keep = config.deliveryIdRetention();
  }

  void start(@Observes StartupEvent startup) {
    vertx.setPeriodic(
        EVERY.toMillis(),
        tick ->
            purge()
                .subscribe()
                .with(
                    count -> LOG.debugf("forgot %d old delivery ids", count),
                    failure -> LOG.warnf("could not purge delivery ids: %s", failure.toString())));
  }

  /** Deletes the ids older than the kept span; emits how many went. */
  public Uni<Integer> purge() {
    return pool.preparedQuery(
            "DELETE FROM webhook_deliveries WHERE received_at < now() - make_interval(secs => $1)")
        .execute(Tuple.of((double) keep.toSeconds()))
        .map(rows -> rows.rowCount());
  }
}
