package dev.vizzor.agent.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.domain.ChronoVisorCall;
import dev.vizzor.agent.service.Trading;
import dev.vizzor.common.market.Symbols;
import dev.vizzor.common.messaging.IncomingEvents;
import dev.vizzor.common.messaging.Retried;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads ChronoVisor's scheduled calls ({@code vizzor.predictions.emitted}) into the chronovisor
 * agents, in one consumer group for every replica. An on-demand prediction belongs to whoever asked
 * for it and is skipped.
 */
@ApplicationScoped
public class CallsConsumer {
  private static final Logger LOG = Logger.getLogger(CallsConsumer.class);

  private final ObjectMapper json;
  private final Trading trading;

  CallsConsumer(ObjectMapper json, Trading trading) {
    this.json = json;
    this.trading = trading;
  }

  @Incoming("predictions-emitted")
  public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
    ChronoVisorCall call;
    try {
      JsonNode p = json.readTree(value);
      if (!p.path("origin").asText().equals("scheduled")) {
        return Uni.createFrom().voidItem();
      }
      call =
          new ChronoVisorCall(
              IncomingEvents.id(record).orElseThrow(() -> new IllegalArgumentException("no ce_id")),
              UUID.fromString(p.path("id").asText()),
              Symbols.normalize(p.path("symbol").asText(null)),
              p.path("horizon").asText(),
              p.path("tier").asText(),
              p.path("direction").asText(),
              p.path("confidence").asDouble(),
              p.path("entryPrice").decimalValue(),
              Instant.parse(p.path("emittedAt").asText()));
    } catch (Exception unreadable) {
      LOG.warnf("unreadable prediction skipped (%s): %s", unreadable.getMessage(), value);
      return Uni.createFrom().voidItem();
    }
    return Retried.evaluation(trading.onCall(call), "call " + call.eventId());
  }
}
