package dev.vizzor.webhook.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Remembers Standard Webhooks delivery ids with the answer they got, so a redelivery is
 * acknowledged with the same answer and no second effect. The primary key serialises concurrent
 * redeliveries: the second waits for the first's transaction, then finds the row.
 */
@ApplicationScoped
public class DeliveryRepository {

  /** Claims the id; emits the earlier answer when it was already claimed. */
  public Uni<Optional<JsonObject>> claim(
      SqlConnection connection, String deliveryId, JsonObject answer) {
    return connection
        .preparedQuery(
            "INSERT INTO webhook_deliveries (webhook_id, response) VALUES ($1, $2) "
                + "ON CONFLICT (webhook_id) DO NOTHING RETURNING webhook_id")
        .execute(Tuple.of(deliveryId, answer))
        .chain(
            inserted ->
                inserted.rowCount() > 0
                    ? Uni.createFrom().item(Optional.<JsonObject>empty())
                    : connection
                        .preparedQuery(
                            "SELECT response FROM webhook_deliveries WHERE webhook_id = $1")
                        .execute(Tuple.of(deliveryId))
                        .map(rows -> Optional.of(rows.iterator().next().getJsonObject(0))));
  }
}
