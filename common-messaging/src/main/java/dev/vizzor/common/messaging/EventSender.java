package dev.vizzor.common.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import java.time.Duration;

/**
 * Sends events that come from no database write (market ticks, pipeline stages) straight to Kafka,
 * built by {@link CloudEvents}; anything that records a change of a service's data goes through the
 * {@link Outbox} instead. Completes when Kafka acknowledged the event, or fails after the timeout,
 * so a caller never waits on a broker that is away.
 */
public final class EventSender {
  private final MutinyEmitter<String> emitter;
  private final CloudEvents cloudEvents;
  private final Duration ackTimeout;

  public EventSender(MutinyEmitter<String> emitter, CloudEvents cloudEvents, Duration ackTimeout) {
    this.emitter = emitter;
    this.cloudEvents = cloudEvents;
    this.ackTimeout = ackTimeout;
  }

  public Uni<Void> send(OutgoingEvent event) {
    return emitter.sendMessage(cloudEvents.message(event)).ifNoItem().after(ackTimeout).fail();
  }
}
