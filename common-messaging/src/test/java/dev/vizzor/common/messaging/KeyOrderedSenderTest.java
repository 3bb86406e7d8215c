package dev.vizzor.common.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeyOrderedSenderTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void theEventsOfOneKeyGoOneAtATimeInOutboxOrder() {
    SlowKafka kafka = new SlowKafka(Set.of());
    List<OutboxRow> batch =
        List.of(event(1, "A"), event(2, "B"), event(3, "A"), event(4, "B"), event(5, "A"));

    List<Long> sent =
        new KeyOrderedSender(kafka, WAIT).send(batch, () -> false).await().atMost(WAIT);

    assertEquals(Set.of(1L, 2L, 3L, 4L, 5L), Set.copyOf(sent));
    assertEquals(List.of(1L, 3L, 5L), kafka.startedOf("A"));
    assertEquals(List.of(2L, 4L), kafka.startedOf("B"));
    assertEquals(1, kafka.mostInFlightForOneKey.get());
  }

  @Test
  void differentKeysAreSentConcurrently() {
    SlowKafka kafka = new SlowKafka(Set.of());
    List<OutboxRow> batch =
        List.of(event(1, "A"), event(2, "B"), event(3, "C"), event(4, "D"), event(5, "E"));

    new KeyOrderedSender(kafka, WAIT).send(batch, () -> false).await().atMost(WAIT);

    assertTrue(kafka.mostInFlight.get() > 1, "at most one send was in flight at any time");
  }

  @Test
  void aKeyStopsAtItsFirstFailureWhileOtherKeysGoOn() {
    SlowKafka kafka = new SlowKafka(Set.of(1L));
    List<OutboxRow> batch =
        List.of(event(1, "A"), event(2, "B"), event(3, "A"), event(4, "B"), event(5, "A"));

    List<Long> sent =
        new KeyOrderedSender(kafka, WAIT).send(batch, () -> false).await().atMost(WAIT);

    assertEquals(List.of(2L, 4L), sent);
    assertEquals(List.of(1L), kafka.startedOf("A"));
  }

  @Test
  void aSendNotAcknowledgedWithinTheTimeoutStopsItsKey() {
    Function<OutboxRow, Uni<Void>> neverAcknowledgesA =
        event -> event.key().equals("A") ? Uni.createFrom().nothing() : Uni.createFrom().voidItem();
    List<OutboxRow> batch = List.of(event(1, "A"), event(2, "B"), event(3, "A"));

    List<Long> sent =
        new KeyOrderedSender(neverAcknowledgesA, Duration.ofMillis(100))
            .send(batch, () -> false)
            .await()
            .atMost(WAIT);

    assertEquals(List.of(2L), sent);
  }

  @Test
  void onceStoppingNoFurtherEventIsStartedButTheOneInFlightIsAwaited() {
    AtomicBoolean stopping = new AtomicBoolean();
    List<Long> started = Collections.synchronizedList(new ArrayList<>());
    Function<OutboxRow, Uni<Void>> stopsAfterTheFirst =
        event -> {
          started.add(event.id());
          stopping.set(true);
          return Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(50));
        };
    List<OutboxRow> batch = List.of(event(1, "A"), event(2, "A"), event(3, "A"));

    List<Long> sent =
        new KeyOrderedSender(stopsAfterTheFirst, WAIT)
            .send(batch, stopping::get)
            .await()
            .atMost(WAIT);

    assertEquals(List.of(1L), sent);
    assertEquals(List.of(1L), started);
  }

  @Test
  void anEmptyBatchSendsNothing() {
    List<Long> sent =
        new KeyOrderedSender(new SlowKafka(Set.of()), WAIT)
            .send(List.of(), () -> false)
            .await()
            .atMost(WAIT);

    assertEquals(List.of(), sent);
  }

  private static OutboxRow event(long id, String key) {
    return new OutboxRow(
        id,
        new OutgoingEvent(
            UUID.randomUUID(), "topic", key, "type", "subject", Instant.EPOCH, null, "{}"));
  }

  /**
   * Acknowledges each send 20 ms later from another thread (failing the listed ids), and records
   * what was in flight.
   */
  private static final class SlowKafka implements Function<OutboxRow, Uni<Void>> {
    private final Set<Long> failing;
    private final List<OutboxRow> started = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> inFlightByKey = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();
    final AtomicInteger mostInFlightForOneKey = new AtomicInteger();

    SlowKafka(Set<Long> failing) {
      this.failing = failing;
    }

    @Override
    public Uni<Void> apply(OutboxRow event) {
      started.add(event);
      AtomicInteger forKey = inFlightByKey.computeIfAbsent(event.key(), k -> new AtomicInteger());
      mostInFlightForOneKey.accumulateAndGet(forKey.incrementAndGet(), Math::max);
      mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      Uni<Void> acknowledgement =
          failing.contains(event.id())
              ? Uni.createFrom().failure(new IllegalStateException("broker refused"))
              : Uni.createFrom().voidItem();
      return Uni.createFrom()
          .voidItem()
          .onItem()
          .delayIt()
          .by(Duration.ofMillis(20))
          .invoke(
              () -> {
                forKey.decrementAndGet();
                inFlight.decrementAndGet();
              })
          .chain(() -> acknowledgement);
    }

    List<Long> startedOf(String key) {
      synchronized (started) {
        return started.stream().filter(e -> e.key().equals(key)).map(OutboxRow::id).toList();
      }
    }
  }
}
