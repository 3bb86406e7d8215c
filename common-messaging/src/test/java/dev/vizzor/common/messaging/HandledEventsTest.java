package dev.vizzor.common.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vizzor.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The idempotent consumer's claim, on the real PostgreSQL: an event's effect happens once. */
@QuarkusTest
@TestProfile(KitTestProfile.class)
class HandledEventsTest {
  static final Duration WAIT = Duration.ofSeconds(30);

  TestDatabase database;
  @Inject HandledEvents handled;

  @BeforeEach
  void effects() {
    database.execute("create table if not exists effects (event_id uuid, consumer text)");
  }

  @Test
  void aRedeliveredEventHasNoSecondEffect() {
    UUID event = UUID.randomUUID();

    Optional<String> first = once("alerts", event);
    Optional<String> again = once("alerts", event);

    assertEquals(Optional.of("applied"), first);
    assertEquals(Optional.empty(), again);
    assertEquals(1, effectsOf(event));
  }

  @Test
  void eachConsumerHandlesTheSameEventOnce() {
    UUID event = UUID.randomUUID();

    once("alerts", event);
    once("signals", event);
    once("signals", event);

    assertEquals(2, effectsOf(event));
  }

  @Test
  void anEffectThatFailsLeavesTheEventUnhandledSoARetryApplies() {
    UUID event = UUID.randomUUID();

    assertThrows(
        IllegalStateException.class,
        () ->
            handled
                .once(
                    "alerts",
                    event,
                    connection ->
                        insertEffect(connection, "alerts", event)
                            .chain(
                                () -> Uni.createFrom().failure(new IllegalStateException("boom"))))
                .await()
                .atMost(WAIT));
    assertEquals(0, effectsOf(event));

    assertEquals(Optional.of("applied"), once("alerts", event));
    assertEquals(1, effectsOf(event));
  }

  @Test
  void idsHandledLongerAgoThanTheRetentionAreForgotten() {
    UUID old = UUID.randomUUID();
    UUID recent = UUID.randomUUID();
    once("alerts", old);
    once("alerts", recent);
    database.execute(
        "update handled_events set handled_at = now() - interval '8 days' where event_id = '"
            + old
            + "'");

    handled.purge().await().atMost(WAIT);

    assertEquals(0, database.count("select count(*) from handled_events where event_id = ?", old));
    assertEquals(
        1, database.count("select count(*) from handled_events where event_id = ?", recent));
  }

  private Optional<String> once(String consumer, UUID event) {
    return handled
        .once(
            consumer,
            event,
            connection -> insertEffect(connection, consumer, event).replaceWith("applied"))
        .await()
        .atMost(WAIT);
  }

  private static Uni<Void> insertEffect(
      io.vertx.mutiny.sqlclient.SqlConnection connection, String consumer, UUID event) {
    return connection
        .preparedQuery("insert into effects (event_id, consumer) values ($1, $2)")
        .execute(io.vertx.mutiny.sqlclient.Tuple.of(event, consumer))
        .replaceWithVoid();
  }

  private long effectsOf(UUID event) {
    return database.count("select count(*) from effects where event_id = ?", event);
  }
}
