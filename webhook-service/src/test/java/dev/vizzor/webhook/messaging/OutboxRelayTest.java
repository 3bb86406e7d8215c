package dev.vizzor.webhook.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.KafkaTestResource;
import dev.vizzor.testsupport.PostgresTestResource;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.testsupport.TopicReader;
import dev.vizzor.webhook.repository.OutboxRepository;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Relay passes run by hand (the timer is parked) against the real outbox and Kafka. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@TestProfile(OutboxRelayTest.ManualPasses.class)
class OutboxRelayTest {
  static final int BATCH = 200;
  static final Duration WAIT = Duration.ofSeconds(60);

  public static class ManualPasses implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "vizzor.webhook.relay.interval", "1h",
          "vizzor.webhook.relay.batch-size", Integer.toString(BATCH),
          // the sink takes one message at a time, so the rest of a pass waits in the emitter
          "mp.messaging.outgoing.watchers-changed.max-inflight-messages", "1");
    }
  }

  TestDatabase database;
  KafkaBroker kafka;
  @Inject OutboxRelay relay;

  String topic;

  @BeforeEach
  void emptyOutboxAndOwnTopic() {
    database.execute("delete from outbox");
    topic = "relay-test-" + UUID.randomUUID();
    kafka.createTopics(topic);
  }

  @Test
  void laterEventsOfAKeyStayBehindOneKafkaRefusedWhileOtherKeysGoOut() {
    long refused = enqueue("K", "'{\"pad\":\"' || repeat('x', 1200000) || '\"}'");
    long behindIt = enqueue("K", "'{\"n\":2}'");
    enqueue("L", "'{\"n\":3}'");

    assertEquals(1, pass());

    assertEquals(
        List.of(refused, behindIt),
        List.of(
            database.count("select min(id) from outbox"),
            database.count("select max(id) from outbox")));
    try (TopicReader reader = new TopicReader(kafka, topic)) {
      assertEquals("L", reader.await(r -> true, 1, WAIT).get(0).key());
    }
  }

  @Test
  void noPassRunsWhileAnotherReplicaHoldsTheRelayLock() throws Exception {
    enqueue("K", "'{\"n\":1}'");
    try (Connection otherReplica = database.connect()) {
      otherReplica.setAutoCommit(false);
      try (PreparedStatement lock =
          otherReplica.prepareStatement("select pg_advisory_xact_lock(?)")) {
        lock.setLong(1, OutboxRepository.RELAY_LOCK);
        lock.execute();
      }

      assertEquals(0, pass());
      assertEquals(1, database.count("select count(*) from outbox"));

      otherReplica.commit();
    }
    assertEquals(1, pass());
    assertEquals(0, database.count("select count(*) from outbox"));
  }

  @Test
  void aFullBatchOfDistinctKeysGoesOutInOnePass() {
    database.execute(
        ("insert into outbox (event_id, topic, event_key, event_type, payload, created_at)"
                + " select gen_random_uuid(), '%s', 'key-' || n, 'test', '{}', now()"
                + " from generate_series(1, %d) n")
            .formatted(topic, BATCH));

    assertEquals(BATCH, pass());
    assertEquals(0, database.count("select count(*) from outbox"));
  }

  private int pass() {
    return relay.relayOnce().await().atMost(WAIT);
  }

  private long enqueue(String key, String payloadSql) {
    database.execute(
        ("insert into outbox (event_id, topic, event_key, event_type, payload, created_at)"
                + " values (gen_random_uuid(), '%s', '%s', 'test', (%s)::jsonb, now())")
            .formatted(topic, key, payloadSql));
    return database.count("select max(id) from outbox");
  }
}
