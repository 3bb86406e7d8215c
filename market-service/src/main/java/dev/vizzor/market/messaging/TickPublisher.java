package dev.vizzor.market.messaging;

import dev.vizzor.common.messaging.EventSender;
import dev.vizzor.common.messaging.OutgoingEvent;
import dev.vizzor.market.config.MarketConfig;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.QuoteBatch;
import dev.vizzor.market.service.ActiveSymbols;
import dev.vizzor.market.service.MarketData;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Publishes {@code vizzor.market.ticks}: every active symbol's quote when its price changed, and at
 * least every {@code maxSilence} when it did not. Replayed prices move every moment, so in replay
 * every symbol ticks on every pass.
 *
 * <p>Ticks are not stored: they describe the market, not a change to this service's data, so there
 * is no outbox. A tick Kafka refuses is logged and superseded by the next pass's.
 */
@ApplicationScoped
public class TickPublisher {
  private static final Logger LOG = Logger.getLogger(TickPublisher.class);

  private final MarketData source;
  private final ActiveSymbols active;
  private final Clock clock;
  private final MarketEvents events;
  private final EventSender sender;
  private final TickSchedule schedule;
  private final Set<Asset> unknownToSource = ConcurrentHashMap.newKeySet();

  TickPublisher(
      MarketData source,
      ActiveSymbols active,
      Clock clock,
      MarketConfig config,
      MarketEvents events,
      @Channel("market-ticks") MutinyEmitter<String> emitter) {
    this.source = source;
    this.active = active;
    this.clock = clock;
    this.events = events;
    this.sender = events.sender(emitter);
    this.schedule = new TickSchedule(config.ticks().maxSilence());
  }

  @Scheduled(
      identity = "market-ticks",
      every = "${vizzor.market.ticks.interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      // the emitters are connected only once the application has started
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> publishDue() {
    Set<Asset> assets = active.current();
    return source
        .quotes(assets)
        .invoke(batch -> logMissing(assets, batch))
        .onItem()
        .transformToMulti(batch -> Multi.createFrom().iterable(batch.quoted().values()))
        .filter(quote -> schedule.due(quote, clock.instant()))
        .onItem()
        .transformToUniAndMerge(this::publishOrLog)
        .collect()
        .last()
        .replaceWithVoid();
  }

  /** Each asset the source has no data for once, and every pass's failed quotes. */
  private void logMissing(Set<Asset> assets, QuoteBatch batch) {
    for (Asset asset : assets) {
      if (!batch.quoted().containsKey(asset)
          && !batch.failed().contains(asset)
          && unknownToSource.add(asset)) {
        LOG.warnf("no ticks for %s: the %s source has no data for it", asset, source.sourceName());
      }
    }
    if (!batch.failed().isEmpty()) {
      LOG.warnf("no ticks this pass for %s: their quotes failed", batch.failed());
    }
  }

  /**
   * Ticks {@code asset} now, whatever the schedule: a newly watched symbol is heard of at once.
   * Fails when the source or Kafka does, so that the watcher change asking for it is retried.
   * Completes without a tick when the source has no data for the asset.
   */
  public Uni<Void> publishNow(Asset asset) {
    return source
        .quote(asset)
        .flatMap(quote -> quote.map(this::publish).orElse(Uni.createFrom().voidItem()));
  }

  private Uni<Void> publishOrLog(Quote quote) {
    return publish(quote)
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("tick for %s not published: %s", quote.asset(), failure.toString());
              return null;
            });
  }

  private Uni<Void> publish(Quote quote) {
    TickPayload tick = TickPayload.of(quote);
    OutgoingEvent event =
        events.event(
            tick.id(),
            TickPayload.TOPIC,
            TickPayload.TYPE,
            quote.asset().toString(),
            tick,
            quote.asOf());
    return sender.send(event).invoke(() -> schedule.sent(quote, clock.instant()));
  }
}
