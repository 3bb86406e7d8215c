package dev.vizzor.webhook.rest;

import static dev.vizzor.webhook.Deliveries.insert;
import static dev.vizzor.webhook.Deliveries.postSigned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** While the broker is down webhooks still succeed; their events go out once it is back. */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class KafkaOutageTest {
  TestDatabase database;
  KafkaBroker kafka;

  @Test
  void eventsWrittenWhileKafkaIsDownArePublishedAfterItReturns() {
    kafka.createTopics("vizzor.watchers.changed");
    String symbol = "OUT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "/USDT";
    TopicReader topic = new TopicReader(kafka, "vizzor.watchers.changed");
    kafka.stopBroker();
    try {
      for (int id = 1; id <= 3; id++) {
        postSigned(insert(9_000_000L + id, UUID.randomUUID(), symbol, "2025-09-30T12:00:00Z"))
            .statusCode(200);
      }
      assertEquals(3, database.count("select count(*) from watchers where symbol = ?", symbol));
      assertEquals(3, database.count("select count(*) from outbox where event_key = ?", symbol));
    } finally {
      kafka.startBroker();
    }

    try (topic) {
      topic.await(r -> symbol.equals(r.key()), 3, Duration.ofSeconds(60));
    }
    database.awaitOutboxDrained();
  }
}
