package dev.vizzor.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.IncomingEvents;
import dev.vizzor.notification.domain.Push;
import dev.vizzor.notification.service.Pushes;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The events pushed over the WebSocket, read by every replica in a consumer group of its own (so
 * each replica's clients get every event, whichever replica evaluated the rule), from the newest
 * event on.
 */
@ApplicationScoped
public class PushConsumer {
  private static final Logger LOG = Logger.getLogger(PushConsumer.class);

  private final ObjectMapper json;
  private final Pushes pushes;

  PushConsumer(ObjectMapper json, Pushes pushes) {
    this.json = json;
    this.pushes = pushes;
  }

  @Incoming("alerts-push")
  public void alert(String value, IncomingKafkaRecordMetadata<String, String> record) {
    try {
      pushes.alert(UUID.fromString(record.getKey()), json.readTree(value));
    } catch (Exception unreadable) {
      LOG.warnf("unreadable alert not pushed (%s): %s", unreadable.getMessage(), value);
    }
  }

  @Incoming("emitted-push")
  public void emitted(String value, IncomingKafkaRecordMetadata<String, String> record) {
    prediction(Push.PREDICTION_EMITTED, value, record);
  }

  @Incoming("resolved-push")
  public void resolved(String value, IncomingKafkaRecordMetadata<String, String> record) {
    prediction(Push.PREDICTION_RESOLVED, value, record);
  }

  private void prediction(
      String type, String value, IncomingKafkaRecordMetadata<String, String> record) {
    try {
      JsonNode prediction = json.readTree(value);
      pushes.prediction(type, IncomingEvents.id(record).orElseGet(UUID::randomUUID), prediction);
    } catch (Exception unreadable) {
      LOG.warnf("unreadable prediction not pushed (%s): %s", unreadable.getMessage(), value);
    }
  }
}
