package dev.vizzor.prediction.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.market.Symbols;
import dev.vizzor.prediction.service.ChronoVisorPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code vizzor.market.ticks} for the market time they state and the symbols market-service
 * follows (its defaults and every watched one): those are the symbols ChronoVisor predicts. A tick
 * it cannot read is logged and skipped; the next one carries the same information.
 */
@ApplicationScoped
public class TicksConsumer {
  private static final Logger LOG = Logger.getLogger(TicksConsumer.class);

  private final ObjectMapper json;
  private final ChronoVisorPipeline pipeline;

  TicksConsumer(ObjectMapper json, ChronoVisorPipeline pipeline) {
    this.json = json;
    this.pipeline = pipeline;
  }

  @Incoming("market-ticks")
  public void consume(String value) {
    try {
      JsonNode tick = json.readTree(value);
      String symbol = Symbols.normalize(tick.path("symbol").asText(null));
      Instant asOf = Instant.parse(tick.path("asOf").asText());
      pipeline.onTick(symbol, asOf);
    } catch (Exception unreadable) {
      LOG.warnf("unreadable tick skipped (%s): %s", unreadable.getMessage(), value);
    }
  }
}
