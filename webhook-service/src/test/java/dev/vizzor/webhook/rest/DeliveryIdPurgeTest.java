package dev.vizzor.webhook.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.webhook.repository.DeliveryIdPurge;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class DeliveryIdPurgeTest {
  TestDatabase database;
  @Inject DeliveryIdPurge purge;

  @Test
  void keepsDeliveryIdsForThreeDaysSoLateRetriesAreStillRecognised() {
    database.execute(
        "insert into webhook_deliveries (webhook_id, response, received_at) values"
            + " ('purge-four-days', '{}', now() - interval '4 days'),"
            + " ('purge-two-days', '{}', now() - interval '2 days'),"
            + " ('purge-recent', '{}', now() - interval '5 minutes')");

    int forgotten = purge.purge().await().atMost(Duration.ofSeconds(10));

    assertEquals(1, forgotten);
    assertEquals(
        0,
        database.count(
            "select count(*) from webhook_deliveries where webhook_id = 'purge-four-days'"));
    assertEquals(
        2,
        database.count(
            "select count(*) from webhook_deliveries"
                + " where webhook_id in ('purge-two-days', 'purge-recent')"));
  }
}
