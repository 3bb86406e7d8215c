package dev.vizzor.common.messaging;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Sends one batch of outbox events so that no consumer sees a key's changes out of order: the
 * events of one key go one at a time, in outbox order, each only after Kafka acknowledged the one
 * before; different keys go concurrently. A key stops at its first failure, so its later events
 * stay in the outbox behind the failed one for the next pass.
 */
final class KeyOrderedSender {
  private static final Logger LOG = Logger.getLogger(KeyOrderedSender.class);

  private final Function<OutboxRow, Uni<Void>> publish;
  private final Duration sendTimeout;

  KeyOrderedSender(Function<OutboxRow, Uni<Void>> publish, Duration sendTimeout) {
    this.publish = publish;
    this.sendTimeout = sendTimeout;
  }

  /**
   * Emits the ids of the events Kafka acknowledged. Once {@code stopping} is true no further event
   * is started; those already sent are still waited for.
   */
  Uni<List<Long>> send(List<OutboxRow> batch, BooleanSupplier stopping) {
    if (batch.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    Map<String, List<OutboxRow>> byKey = new LinkedHashMap<>();
    for (OutboxRow event : batch) {
      byKey.computeIfAbsent(event.key(), key -> new ArrayList<>()).add(event);
    }
    List<Uni<List<Long>>> keys =
        byKey.values().stream().map(events -> inOrder(events, stopping)).toList();
    return Uni.join()
        .all(keys)
        .andFailFast()
        .map(sent -> sent.stream().flatMap(List::stream).toList());
  }

  private Uni<List<Long>> inOrder(List<OutboxRow> events, BooleanSupplier stopping) {
    List<Long> sent = new ArrayList<>();
    Uni<Boolean> goingOn = Uni.createFrom().item(true);
    for (OutboxRow event : events) {
      goingOn =
          goingOn.chain(
              previousSent ->
                  previousSent && !stopping.getAsBoolean()
                      ? sendOne(event)
                          .invoke(
                              acknowledged -> {
                                if (acknowledged) {
                                  sent.add(event.id());
                                }
                              })
                      : Uni.createFrom().item(false));
    }
    return goingOn.replaceWith(sent);
  }

  /** Emits true once Kafka acknowledged the event, false (never a failure) when it did not. */
  private Uni<Boolean> sendOne(OutboxRow event) {
    return Uni.createFrom()
        .deferred(() -> publish.apply(event))
        .ifNoItem()
        .after(sendTimeout)
        .fail()
        .replaceWith(true)
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf(
                  "Kafka did not take outbox event %d (key %s): %s; it and the later events of"
                      + " its key stay for the next pass",
                  event.id(), event.key(), failure.toString());
              return false;
            });
  }
}
