package dev.vizzor.market.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.IncomingEvents;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.InvalidSymbolException;
import dev.vizzor.market.domain.SymbolNormalizer;
import dev.vizzor.market.service.WatchList;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the watched set in step with {@code vizzor.watchers.changed}. A symbol that becomes watched
 * is ticked at once and its {@code ingest-indicators} stage published; one nobody watches any more
 * leaves the set (default symbols keep ticking).
 *
 * <p>A change is acknowledged only after it is stored and whatever it starts has been accepted by
 * Kafka; otherwise it is retried, and after that sent to the dead-letter topic. It is stored once:
 * its event id is claimed in the same transaction ({@link HandledEvents}), and the stored state
 * only ever moves to a newer change, so a redelivered or reordered change does no harm. A change
 * this service cannot use at all (not JSON, a missing field, a malformed symbol) is logged and
 * acknowledged: no retry would make it usable.
 */
@ApplicationScoped
public class WatchersChangedConsumer {
  private static final Logger LOG = Logger.getLogger(WatchersChangedConsumer.class);

  private final ObjectMapper json;
  private final WatchList watchList;
  private final TickPublisher ticks;
  private final IndicatorsPublisher indicators;

  WatchersChangedConsumer(
      ObjectMapper json, WatchList watchList, TickPublisher ticks, IndicatorsPublisher indicators) {
    this.json = json;
    this.watchList = watchList;
    this.ticks = ticks;
    this.indicators = indicators;
  }

  /** Restores the watched set a previous run stored, before the first tick pass. */
  void restore(@Observes StartupEvent started) {
    List<Asset> stored = watchList.restore().await().atMost(Duration.ofSeconds(30));
    LOG.infof("watching %d symbols from earlier watcher changes", stored.size());
  }

  @Incoming("watchers-changed")
  public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
    WatcherChange change;
    Asset asset;
    try {
      change = json.readValue(value, WatcherChange.class);
      String missing = change.missing();
      if (missing != null) {
        LOG.warnf("watcher change without %s ignored: %s", missing, value);
        return Uni.createFrom().voidItem();
      }
      asset = SymbolNormalizer.normalize(change.symbol());
    } catch (JsonProcessingException | InvalidSymbolException e) {
      LOG.warnf("unusable watcher change ignored (%s): %s", e.getMessage(), value);
      return Uni.createFrom().voidItem();
    }
    UUID eventId = IncomingEvents.id(record).orElse(change.eventId());
    return apply(change, asset, eventId)
        .onFailure()
        .retry()
        .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
        .atMost(5);
  }

  private Uni<Void> apply(WatcherChange change, Asset asset, UUID eventId) {
    return watchList
        .record(eventId, change.watcherId(), asset, change.watching(), change.changedAt())
        .flatMap(
            stored -> {
              List<Asset> affected = new ArrayList<>(List.of(asset));
              previous(change).ifPresent(affected::add);
              Uni<Void> refreshed = Uni.createFrom().voidItem();
              for (Asset each : affected) {
                refreshed = refreshed.flatMap(ignored -> refresh(each));
              }
              return refreshed;
            });
  }

  /**
   * Re-reads whether anyone watches {@code asset}. Runs even for a change that was stale, so that a
   * retry after a failed publish still starts what the first attempt stored. A watched asset stays
   * watched when its first tick or indicators fail to publish: the change is then retried, and
   * should every retry fail the scheduled passes still tick it and publish its indicators.
   */
  private Uni<Void> refresh(Asset asset) {
    return watchList
        .refresh(asset)
        .flatMap(
            watch -> {
              if (watch == WatchList.Watch.NONE
                  || (watch == WatchList.Watch.STILL && indicators.published(asset))) {
                return Uni.createFrom().voidItem();
              }
              if (watch == WatchList.Watch.NEWLY) {
                LOG.infof("now watching %s", asset);
              }
              return ticks.publishNow(asset).flatMap(ignored -> indicators.publishNow(asset));
            });
  }

  private static Optional<Asset> previous(WatcherChange change) {
    if (change.previousSymbol() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(SymbolNormalizer.normalize(change.previousSymbol()));
    } catch (InvalidSymbolException e) {
      return Optional.empty();
    }
  }
}
