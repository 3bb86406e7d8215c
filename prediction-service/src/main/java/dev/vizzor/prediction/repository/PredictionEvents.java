package dev.vizzor.prediction.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.OutgoingEvent;
import dev.vizzor.prediction.domain.PredictionView;

/**
 * The events of a prediction: {@code vizzor.predictions.emitted} when it is stored, {@code
 * vizzor.predictions.resolved} when it is settled (resolved, or expired), each carrying the
 * prediction as the API shows it at that moment, keyed by symbol. Event ids derive from the
 * prediction's id, so a repeat of the same step is the same event.
 */
final class PredictionEvents {
  static final String EMITTED_TOPIC = "vizzor.predictions.emitted";
  static final String RESOLVED_TOPIC = "vizzor.predictions.resolved";
  static final String EMITTED_TYPE = "dev.vizzor.prediction.emitted.v1";
  static final String RESOLVED_TYPE = "dev.vizzor.prediction.resolved.v1";

  private PredictionEvents() {}

  static OutgoingEvent emitted(PredictionView view, String requestId, ObjectMapper json) {
    return new OutgoingEvent(
        CloudEvents.stableId("prediction-emitted", view.id().toString()),
        EMITTED_TOPIC,
        view.symbol(),
        EMITTED_TYPE,
        view.id().toString(),
        view.emittedAt(),
        requestId,
        json(view, json));
  }

  static OutgoingEvent settled(PredictionView view, ObjectMapper json) {
    return new OutgoingEvent(
        CloudEvents.stableId("prediction-settled", view.id().toString()),
        RESOLVED_TOPIC,
        view.symbol(),
        RESOLVED_TYPE,
        view.id().toString(),
        view.settledAt(),
        null,
        json(view, json));
  }

  private static String json(PredictionView view, ObjectMapper json) {
    try {
      return json.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("prediction is not serialisable: " + view.id(), e);
    }
  }
}
