package dev.vizzor.prediction.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.common.market.Symbols;
import dev.vizzor.common.messaging.IncomingEvents;
import dev.vizzor.prediction.service.WinRateStage;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds {@code vizzor.pipeline.compute-signals} to the {@code compute-winrate} stage, its group
 * committing what it handled (the topic's lag for the group is the stage's queue). A labelling that
 * still fails after its retries is logged; the signals stay pending and the next signal of the
 * symbol and timeframe labels them.
 */
@ApplicationScoped
public class ComputeSignalsConsumer {
  private static final Logger LOG = Logger.getLogger(ComputeSignalsConsumer.class);

  private final ObjectMapper json;
  private final WinRateStage stage;

  ComputeSignalsConsumer(ObjectMapper json, WinRateStage stage) {
    this.json = json;
    this.stage = stage;
  }

  @Incoming("pipeline-compute-signals")
  public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
    UUID eventId;
    String symbol;
    Horizon timeframe;
    Instant candle;
    try {
      JsonNode signal = json.readTree(value);
      symbol = Symbols.normalize(signal.path("symbol").asText(null));
      timeframe = Horizon.parse(signal.path("timeframe").asText("")).orElseThrow();
      candle = Instant.parse(signal.path("candleTime").asText());
      eventId = IncomingEvents.id(record).orElseThrow();
    } catch (Exception unreadable) {
      LOG.warnf("unreadable compute-signals event skipped (%s): %s", unreadable, value);
      return Uni.createFrom().voidItem();
    }
    return StageRetries.retriedThenLogged(
        stage.onSignal(eventId, symbol, timeframe, candle),
        LOG,
        () -> "signals of " + symbol + " " + timeframe + " due by " + candle + " not labelled yet");
  }
}
