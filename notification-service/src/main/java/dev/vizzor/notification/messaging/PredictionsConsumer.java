package dev.vizzor.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.IncomingEvents;
import dev.vizzor.common.messaging.Retried;
import dev.vizzor.notification.domain.PredictionEvent;
import dev.vizzor.notification.domain.RuleType;
import dev.vizzor.notification.service.PredictionAlerts;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code vizzor.predictions.emitted} and {@code .resolved} into the prediction rules, in a
 * consumer group shared by every replica; an event that still fails after retries is logged.
 */
@ApplicationScoped
public class PredictionsConsumer {
  private static final Logger LOG = Logger.getLogger(PredictionsConsumer.class);

  private final ObjectMapper json;
  private final PredictionAlerts alerts;

  PredictionsConsumer(ObjectMapper json, PredictionAlerts alerts) {
    this.json = json;
    this.alerts = alerts;
  }

  @Incoming("predictions-emitted")
  public Uni<Void> emitted(String value, IncomingKafkaRecordMetadata<String, String> record) {
    return consume(RuleType.PREDICTION_EMITTED, value, record);
  }

  @Incoming("predictions-resolved")
  public Uni<Void> resolved(String value, IncomingKafkaRecordMetadata<String, String> record) {
    return consume(RuleType.PREDICTION_RESOLVED, value, record);
  }

  private Uni<Void> consume(
      RuleType kind, String value, IncomingKafkaRecordMetadata<String, String> record) {
    PredictionEvent event;
    try {
      JsonNode prediction = json.readTree(value);
      UUID id =
          IncomingEvents.id(record).orElseThrow(() -> new IllegalArgumentException("no ce_id"));
      if (!prediction.hasNonNull("symbol") || !prediction.hasNonNull("horizon")) {
        throw new IllegalArgumentException("no symbol or horizon");
      }
      event = new PredictionEvent(id, kind, prediction);
    } catch (Exception unreadable) {
      LOG.warnf("unreadable prediction event skipped (%s): %s", unreadable.getMessage(), value);
      return Uni.createFrom().voidItem();
    }
    return Retried.evaluation(alerts.onPrediction(event), "prediction event " + event.eventId());
  }
}
