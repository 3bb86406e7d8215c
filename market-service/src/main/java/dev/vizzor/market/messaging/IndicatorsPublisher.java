package dev.vizzor.market.messaging;

import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.EventSender;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.service.ActiveSymbols;
import dev.vizzor.market.service.IndicatorCalculator;
import dev.vizzor.market.service.MarketData;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Runs the {@code ingest-indicators} stage of the watched-symbol pipeline: for a watched symbol,
 * the last {@value IndicatorCalculator#CANDLES} closed hourly candles and their indicators, once
 * when the symbol becomes watched and again whenever a new hourly candle has closed.
 *
 * <p>The event id is derived from the symbol and the last candle's close time, so publishing the
 * same stage twice (a redelivered watcher change, a restart) gives consumers a repeat to drop.
 */
@ApplicationScoped
public class IndicatorsPublisher {
  private static final Logger LOG = Logger.getLogger(IndicatorsPublisher.class);
  private static final Duration HOUR = Duration.ofHours(1);

  private final MarketData source;
  private final ActiveSymbols active;
  private final MarketEvents events;
  private final EventSender sender;
  private final Map<Asset, Instant> publishedUpTo = new ConcurrentHashMap<>();
  private final Map<Asset, Instant> publishing = new ConcurrentHashMap<>();

  IndicatorsPublisher(
      MarketData source,
      ActiveSymbols active,
      MarketEvents events,
      @Channel("pipeline-ingest-indicators") MutinyEmitter<String> emitter) {
    this.source = source;
    this.active = active;
    this.events = events;
    this.sender = events.sender(emitter);
  }

  @Scheduled(
      identity = "pipeline-ingest-indicators",
      every = "${vizzor.market.pipeline.interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      // the emitters are connected only once the application has started
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> publishClosedHours() {
    return source
        .quotes(active.watched())
        .onItem()
        .transformToMulti(batch -> Multi.createFrom().iterable(batch.quoted().values()))
        .onItem()
        .transformToUniAndMerge(
            quote ->
                publish(quote, false)
                    .onFailure()
                    .recoverWithItem(
                        failure -> {
                          LOG.warnf(
                              "ingest-indicators for %s not published: %s",
                              quote.asset(), failure.toString());
                          return null;
                        }))
        .collect()
        .last()
        .replaceWithVoid();
  }

  /**
   * Publishes the stage for {@code asset} now. Fails when Kafka does not acknowledge it, so that a
   * caller consuming a watcher change can leave that change unacknowledged and have it again.
   * Completes without publishing when the source has no data for the asset.
   */
  public Uni<Void> publishNow(Asset asset) {
    return source
        .quote(asset)
        .flatMap(
            quote -> {
              if (quote.isEmpty()) {
                LOG.warnf(
                    "no indicators for %s: the %s source has no data for it",
                    asset, source.sourceName());
                return Uni.createFrom().voidItem();
              }
              return publish(quote.get(), true);
            });
  }

  /** Whether this run has published the stage for {@code asset} at least once. */
  public boolean published(Asset asset) {
    return publishedUpTo.containsKey(asset);
  }

  /**
   * The stage up to the last hour closed by {@code quote}, unless already published, or being
   * published: a scheduled pass that meets a watch's first stage in flight leaves it alone rather
   * than send the same stage again.
   */
  private Uni<Void> publish(Quote quote, boolean evenIfPublished) {
    Asset asset = quote.asset();
    Instant to = quote.asOf().truncatedTo(ChronoUnit.HOURS);
    if (!evenIfPublished
        && (to.equals(publishedUpTo.get(asset)) || to.equals(publishing.get(asset)))) {
      return Uni.createFrom().voidItem();
    }
    publishing.put(asset, to);
    Instant from = to.minus(HOUR.multipliedBy(IndicatorCalculator.CANDLES));
    return source
        .candles(asset, HOUR, from, to)
        .flatMap(candles -> send(quote, candles))
        .onTermination()
        .invoke(() -> publishing.remove(asset, to));
  }

  private Uni<Void> send(Quote quote, List<Candle> candles) {
    if (candles.isEmpty()) {
      LOG.warnf("no indicators for %s: no closed candles", quote.asset());
      return Uni.createFrom().voidItem();
    }
    Candle last = candles.getLast();
    Instant to = last.openTime().plus(HOUR);
    String symbol = quote.asset().toString();
    IndicatorsPayload payload =
        new IndicatorsPayload(
            CloudEvents.stableId("ingest-indicators", symbol, "1h", to.toString()),
            quote.asset().base(),
            quote.asset().pair(),
            "1h",
            candles.getFirst().openTime(),
            to,
            candles.size(),
            last.close(),
            quote.price(),
            quote.asOf(),
            IndicatorCalculator.at(candles, HOUR),
            quote.source());
    return sender
        .send(
            events.event(
                payload.id(), IndicatorsPayload.TOPIC, IndicatorsPayload.TYPE, symbol, payload, to))
        .invoke(() -> publishedUpTo.put(quote.asset(), quote.asOf().truncatedTo(ChronoUnit.HOURS)));
  }
}
