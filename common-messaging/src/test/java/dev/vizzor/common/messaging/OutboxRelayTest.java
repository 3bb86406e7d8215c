package dev.vizzor.common.messaging;

import static dev.vizzor.testsupport.CloudEventAssert.assertCloudEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox and its relay, passes run by hand (the timer is parked), on real PostgreSQL/Kafka. */
@QuarkusTest
@TestProfile(OutboxRelayTest.ManualPasses.class)
class OutboxRelayTest {
  static final int BATCH = 200;
  static final Duration WAIT = Duration.ofSeconds(60);

  public static class ManualPasses extends KitTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new java.util.HashMap<>(super.getConfigOverrides());
      config.putAll(
          Map.of(
              "vizzor.events.relay.interval", "1h",
              "vizzor.events.relay.batch-size", Integer.toString(BATCH),
              // the sink takes one message at a time, so the rest of a pass waits in the emitter
              "mp.messaging.outgoing.vizzor-outbox.max-inflight-messages", "1"));
      return config;
    }
  }

  TestDatabase database;
  KafkaBroker kafka;
  @Inject OutboxRelay relay;
  @Inject Outbox outbox;
  @Inject Pool pool;

  String topic;

  @BeforeEach
  void emptyOutboxAndOwnTopic() {
    database.execute("delete from outbox");
    topic = "relay-test-" + UUID.randomUUID();
    kafka.createTopics(topic);
  }

  @Test
  void anEventAddedInACommittedTransactionGoesOutAsACloudEvent() {
    UUID id = UUID.randomUUID();
    Instant time = Instant.parse("2026-12-04T10:15:30.123Z");
    OutgoingEvent event =
        new OutgoingEvent(
            id, topic, "BTC/USDT", "dev.vizzor.test.v1", "42", time, "req-7", "{\"n\":1}");
    try (TopicReader reader = new TopicReader(kafka, topic)) {
      pool.withTransaction(connection -> outbox.add(connection, event)).await().atMost(WAIT);

      assertEquals(1, pass());

      ConsumerRecord<String, String> record = reader.await(r -> true, 1, WAIT).get(0);
      assertCloudEvent(record)
          .hasId(id)
          .hasType("dev.vizzor.test.v1")
          .isFrom("events-kit-test")
          .hasSubject("42")
          .hasKey("BTC/USDT")
          .hasRequestId("req-7");
      assertEquals(time, Instant.parse(assertCloudEvent(record).header("ce_time")));
      assertEquals("{\"n\": 1}", record.value());
    }
    assertEquals(0, database.count("select count(*) from outbox"));
  }

  @Test
  void anEventAddedInATransactionThatRollsBackIsNeverStored() {
    OutgoingEvent event =
        new OutgoingEvent(
            UUID.randomUUID(), topic, "K", "dev.vizzor.test.v1", null, Instant.now(), null, "{}");
    try {
      pool.withTransaction(
              connection ->
                  outbox
                      .add(connection, event)
                      .chain(() -> connection.query("select 1/0").execute()))
          .await()
          .atMost(WAIT);
    } catch (RuntimeException expected) {
      // division by zero: the change failed, so its event must not exist either
    }
    assertEquals(0, database.count("select count(*) from outbox"));
  }

  @Test
  void laterEventsOfAKeyStayBehindOneKafkaRefusedWhileOtherKeysGoOut() {
    try (TopicReader reader = new TopicReader(kafka, topic)) {
      long refused = enqueue("K", "'{\"pad\":\"' || repeat('x', 1200000) || '\"}'");
      long behindIt = enqueue("K", "'{\"n\":2}'");
      enqueue("L", "'{\"n\":3}'");

      assertEquals(1, pass());

      assertEquals(
          List.of(refused, behindIt),
          List.of(
              database.count("select min(id) from outbox"),
              database.count("select max(id) from outbox")));
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
        lock.setLong(1, OutboxReader.RELAY_LOCK);
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
    return relay.relayOnce().await().atMost(WAIT).published();
  }

  private long enqueue(String key, String payloadSql) {
    database.execute(
        ("insert into outbox (event_id, topic, event_key, event_type, payload, created_at)"
                + " values (gen_random_uuid(), '%s', '%s', 'test', (%s)::jsonb, now())")
            .formatted(topic, key, payloadSql));
    return database.count("select max(id) from outbox");
  }
}
