package dev.vizzor.webhook.rest;

import static dev.vizzor.testsupport.CloudEventAssert.assertCloudEvent;
import static dev.vizzor.testsupport.CloudEventAssert.header;
import static dev.vizzor.webhook.Deliveries.delete;
import static dev.vizzor.webhook.Deliveries.insert;
import static dev.vizzor.webhook.Deliveries.postSigned;
import static dev.vizzor.webhook.Deliveries.postStandard;
import static dev.vizzor.webhook.Deliveries.update;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.testsupport.TopicReader;
import dev.vizzor.webhook.Deliveries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class WatchersUpsertTest {
  private static final Duration EVENT_WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  TestDatabase database;
  KafkaBroker kafka;
  TopicReader topic;

  long id;
  UUID user;
  String symbol;

  @BeforeEach
  void freshWatcher() {
    id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    user = UUID.randomUUID();
    symbol = "T" + Long.toString(id % 1_000_000, 36).toUpperCase() + "/USDT";
    topic = new TopicReader(kafka, "vizzor.watchers.changed");
  }

  @AfterEach
  void closeReader() {
    topic.close();
  }

  @Test
  void insertCreatesTheWatcherAndAnswersExactlyTheSeedFields() {
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z"))
        .statusCode(200)
        .body("size()", equalTo(5))
        .body("success", equalTo(true))
        .body("operation", equalTo("INSERT"))
        .body("symbol", equalTo(symbol))
        .body("user_id", equalTo(user.toString()))
        .body("timestamp", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));

    assertEquals(
        1,
        database.count(
            "select count(*) from watchers where id = ? and user_id = ? and symbol = ? and"
                + " timeframe = '1h' and active and strategy->>'type' = 'momentum'"
                + " and (strategy->'params'->>'period')::int = 14 and deleted_at is null",
            id,
            user,
            symbol));
  }

  @Test
  void eachAppliedChangeIsPublishedAsABinaryCloudEventKeyedBySymbol() throws Exception {
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);
    postSigned(update(id, user, symbol, "breakout", "2025-09-30T12:05:00Z")).statusCode(200);
    postSigned(delete(id, user, symbol)).statusCode(200);

    List<ConsumerRecord<String, String>> events =
        topic.await(r -> symbol.equals(r.key()), 3, EVENT_WAIT);
    assertEquals(
        List.of("INSERT", "UPDATE", "DELETE"), events.stream().map(this::operation).toList());

    ConsumerRecord<String, String> first = events.get(0);
    assertCloudEvent(first)
        .hasType("dev.vizzor.watchers.changed.v1")
        .isFrom("webhook-service")
        .hasSubject(Long.toString(id));
    assertNotNull(header(first, "X-Request-Id"));
    JsonNode value = JSON.readTree(first.value());
    assertEquals(header(first, "ce_id"), value.get("event_id").asText());
    assertEquals(id, value.get("id").asLong());
    assertEquals(user.toString(), value.get("user_id").asText());
    assertEquals("momentum", value.at("/strategy/type").asText());

    JsonNode updated = JSON.readTree(events.get(1).value());
    assertEquals("breakout", updated.at("/strategy/type").asText());
    assertEquals("4h", updated.get("timeframe").asText());
    JsonNode deleted = JSON.readTree(events.get(2).value());
    assertEquals(true, deleted.get("deleted").asBoolean());
    // Kafka has them; the relay deletes what Kafka acknowledged when its pass commits
    database.awaitOutboxDrained();
  }

  @Test
  void updateChangesTheStoredStrategy() {
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);
    postSigned(update(id, user, symbol, "breakout", "2025-09-30T12:05:00Z"))
        .statusCode(200)
        .body("operation", equalTo("UPDATE"));

    assertEquals(
        1,
        database.count(
            "select count(*) from watchers where id = ? and strategy->>'type' = 'breakout'"
                + " and timeframe = '4h'",
            id));
  }

  @Test
  void deleteRemovesTheWatcherFoundByOldRecord() {
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);
    postSigned(delete(id, user, symbol))
        .statusCode(200)
        .body("operation", equalTo("DELETE"))
        .body("symbol", equalTo(symbol))
        .body("user_id", equalTo(user.toString()));

    assertEquals(
        0, database.count("select count(*) from watchers where id = ? and deleted_at is null", id));
  }

  @Test
  void anOlderUpdateArrivingAfterANewerOneChangesNothingAndEmitsNothing() {
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);
    postSigned(update(id, user, symbol, "breakout", "2025-09-30T12:10:00Z")).statusCode(200);
    postSigned(update(id, user, symbol, "meanrevert", "2025-09-30T12:05:00Z")).statusCode(200);

    assertEquals(
        1,
        database.count(
            "select count(*) from watchers where id = ? and strategy->>'type' = 'breakout'", id));
    List<ConsumerRecord<String, String>> events = published(r -> symbol.equals(r.key()));
    assertEquals(List.of("INSERT", "UPDATE"), events.stream().map(this::operation).toList());
  }

  @Test
  void anInsertOlderThanADeleteDoesNotBringTheWatcherBack() {
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);
    postSigned(delete(id, user, symbol)).statusCode(200);
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);

    assertEquals(
        0, database.count("select count(*) from watchers where id = ? and deleted_at is null", id));
  }

  @Test
  void aDeleteAppliesEvenWhenTheRowsOwnTimeIsAheadOfTheDeliveryTime() {
    String ahead =
        Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString();
    postSigned(insert(id, user, symbol, ahead)).statusCode(200);
    postSigned(delete(id, user, symbol)).statusCode(200);

    assertEquals(
        1,
        database.count(
            "select count(*) from watchers where id = ? and deleted_at is not null"
                + " and changed_at = ?::timestamptz",
            id,
            ahead));
    assertEquals(List.of("INSERT", "DELETE"), operations(symbol));
  }

  @Test
  void aDeleteArrivingBeforeItsInsertKeepsTheWatcherDeleted() {
    postSigned(delete(id, user, symbol)).statusCode(200);
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);

    assertEquals(
        0, database.count("select count(*) from watchers where id = ? and deleted_at is null", id));
    assertEquals(List.of("DELETE"), operations(symbol));
  }

  @Test
  void anUpsertAtTheSameTimeAsTheDeleteDoesNotBringTheWatcherBack() {
    String ahead =
        Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString();
    postSigned(insert(id, user, symbol, ahead)).statusCode(200);
    postSigned(delete(id, user, symbol)).statusCode(200);
    postSigned(update(id, user, symbol, "breakout", ahead)).statusCode(200);

    assertEquals(
        1,
        database.count(
            "select count(*) from watchers where id = ? and deleted_at is not null"
                + " and strategy->>'type' = 'momentum'",
            id));
    assertEquals(List.of("INSERT", "DELETE"), operations(symbol));
  }

  @Test
  void anUpsertStrictlyNewerThanTheDeleteBringsTheWatcherBack() {
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);
    postSigned(delete(id, user, symbol)).statusCode(200);
    String later =
        Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString();
    postSigned(update(id, user, symbol, "breakout", later)).statusCode(200);

    assertEquals(
        1,
        database.count(
            "select count(*) from watchers where id = ? and deleted_at is null and active"
                + " and strategy->>'type' = 'breakout'",
            id));
    assertEquals(List.of("INSERT", "DELETE", "UPDATE"), operations(symbol));
  }

  @Test
  void anUpdateThatMovesTheWatcherToAnotherSymbolNamesThePreviousOne() throws Exception {
    String moved = "M" + symbol;
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);
    postSigned(update(id, user, moved, "breakout", "2025-09-30T12:05:00Z")).statusCode(200);

    List<ConsumerRecord<String, String>> events =
        topic.await(r -> symbol.equals(r.key()) || moved.equals(r.key()), 2, EVENT_WAIT);
    assertEquals(symbol, events.get(0).key());
    assertEquals(false, JSON.readTree(events.get(0).value()).has("previous_symbol"));
    assertEquals(moved, events.get(1).key());
    JsonNode update = JSON.readTree(events.get(1).value());
    assertEquals(moved, update.get("symbol").asText());
    assertEquals(symbol, update.get("previous_symbol").asText());
  }

  @Test
  void aDeleteIsKeyedByTheStoredSymbolEvenWhenTheDeliveryNamesAnother() throws Exception {
    String named = "X" + symbol;
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);
    postSigned(delete(id, user, named)).statusCode(200);

    List<ConsumerRecord<String, String>> events =
        topic.await(r -> symbol.equals(r.key()), 2, EVENT_WAIT);
    JsonNode deleted = JSON.readTree(events.get(1).value());
    assertEquals("DELETE", deleted.get("operation").asText());
    assertEquals(symbol, deleted.get("symbol").asText());
    assertEquals(List.of(), published(r -> named.equals(r.key())));
  }

  @Test
  void anIdenticalRedeliveryOfASignedChangeIsAcknowledgedWithNoSecondEvent() {
    String body = insert(id, user, symbol, "2025-09-30T12:00:00Z");
    postSigned(body).statusCode(200).body("operation", equalTo("INSERT"));
    postSigned(body).statusCode(200).body("operation", equalTo("INSERT"));

    assertEquals(1, published(r -> symbol.equals(r.key())).size());
  }

  @Test
  void aSecondDeleteOfTheSameWatcherEmitsNothing() {
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z")).statusCode(200);
    postSigned(delete(id, user, symbol)).statusCode(200);
    postSigned(delete(id, user, symbol)).statusCode(200);

    List<ConsumerRecord<String, String>> events = published(r -> symbol.equals(r.key()));
    assertEquals(List.of("INSERT", "DELETE"), events.stream().map(this::operation).toList());
  }

  @Test
  void aChangeAtTheSameInstantWithOtherContentStillApplies() {
    postSigned(insert(id, user, symbol, "2025-09-30T12:05:00Z")).statusCode(200);
    postSigned(update(id, user, symbol, "breakout", "2025-09-30T12:05:00Z")).statusCode(200);

    assertEquals(
        1,
        database.count(
            "select count(*) from watchers where id = ? and strategy->>'type' = 'breakout'", id));
  }

  @Test
  void everyConfiguredSecretVerifiesSoSecretsCanRotate() {
    postSigned(insert(id, user, symbol, "2025-09-30T12:00:00Z"), Deliveries.OLD_SECRET)
        .statusCode(200);
    postSigned(update(id, user, symbol, "breakout", "2025-09-30T12:05:00Z"), Deliveries.SECRET)
        .statusCode(200);
  }

  @Test
  void aStandardWebhooksRedeliveryIsAcknowledgedWithTheSameAnswerAndNoSecondEffect() {
    String deliveryId = "msg_" + UUID.randomUUID();
    long now = Instant.now().getEpochSecond();
    String body = insert(id, user, symbol, "2025-09-30T12:00:00Z");

    String first = postStandard(body, deliveryId, now).statusCode(200).extract().asString();
    String second = postStandard(body, deliveryId, now).statusCode(200).extract().asString();

    assertEquals(first, second);
    assertEquals(
        1,
        database.count("select count(*) from webhook_deliveries where webhook_id = ?", deliveryId));
    assertEquals(1, published(r -> symbol.equals(r.key())).size());
  }

  @Test
  void standardWebhooksTimestampsWithinFiveMinutesEitherWayAreAccepted() {
    long now = Instant.now().getEpochSecond();
    postStandard(
            insert(id, user, symbol, "2025-09-30T12:00:00Z"), "msg_" + UUID.randomUUID(), now - 280)
        .statusCode(200);
    postStandard(
            update(id, user, symbol, "breakout", "2025-09-30T12:05:00Z"),
            "msg_" + UUID.randomUUID(),
            now + 280)
        .statusCode(200);
  }

  /** The operations of every event published for {@code key} since the test began. */
  private List<String> operations(String key) {
    return published(r -> key.equals(r.key())).stream().map(this::operation).toList();
  }

  /** Every matching event published since the test began, read once the outbox has drained. */
  private List<ConsumerRecord<String, String>> published(
      Predicate<ConsumerRecord<String, String>> matching) {
    database.awaitOutboxDrained();
    return topic.drain(matching);
  }

  private String operation(ConsumerRecord<String, String> record) {
    try {
      return JSON.readTree(record.value()).get("operation").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
