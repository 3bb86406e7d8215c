package dev.vizzor.common.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the events kit; each service may override them in its application.properties. */
@ConfigMapping(prefix = "vizzor.events")
public interface EventsConfig {
  Relay relay();

  /** How long a consumer remembers an event id it handled: longer than any redelivery. */
  @WithDefault("7d")
  Duration handledRetention();

  interface Relay {
    /** Off in a service that has no outbox events yet: no pass then queries the database. */
    @WithDefault("true")
    boolean enabled();

    /** Pause between outbox passes; also the usual delay before an event reaches Kafka. */
    @WithDefault("200ms")
    Duration interval();

    /** Outbox rows published per pass. */
    @WithDefault("100")
    int batchSize();

    /** Longest wait for Kafka to acknowledge one event before the pass gives up on its key. */
    @WithDefault("15s")
    Duration sendTimeout();

    /**
     * Longest pause after failing passes: each failed pass doubles the pause from {@link
     * #interval()} up to this, so a broker that is away is not hammered; one good pass resets it.
     */
    @WithDefault("10s")
    Duration maxBackoff();
  }
}
