package dev.vizzor.prediction.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.market.Symbols;
import dev.vizzor.common.messaging.IncomingEvents;
import dev.vizzor.prediction.service.SignalStage;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds {@code vizzor.pipeline.ingest-indicators} to the {@code compute-signals} stage. Its
 * consumer group commits what it has handled, so the topic's lag for the group is the stage's queue
 * and a stopped stage resumes where it stopped. A stage that still fails after its retries (say
 * market-service away throughout) is logged and skipped: the next close computes the series again.
 */
@ApplicationScoped
public class IngestIndicatorsConsumer {
  private static final Logger LOG = Logger.getLogger(IngestIndicatorsConsumer.class);

  private final ObjectMapper json;
  private final SignalStage stage;

  IngestIndicatorsConsumer(ObjectMapper json, SignalStage stage) {
    this.json = json;
    this.stage = stage;
  }

  @Incoming("pipeline-ingest-indicators")
  public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
    UUID eventId;
    String symbol;
    Instant close;
    try {
      JsonNode event = json.readTree(value);
      symbol = Symbols.normalize(event.path("symbol").asText(null));
      close = Instant.parse(event.path("to").asText());
      eventId =
          IncomingEvents.id(record).orElseGet(() -> UUID.fromString(event.path("id").asText()));
    } catch (Exception unreadable) {
      LOG.warnf("unreadable ingest-indicators event skipped (%s): %s", unreadable, value);
      return Uni.createFrom().voidItem();
    }
    return StageRetries.retriedThenLogged(
        stage.onClose(eventId, symbol, close),
        LOG,
        () -> "no signals for " + symbol + " at " + close);
  }
}
