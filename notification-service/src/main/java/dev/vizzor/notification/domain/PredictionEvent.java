package dev.vizzor.notification.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * A {@code vizzor.predictions.emitted} or {@code .resolved} record: its event id, which of the two,
 * and the prediction as prediction-service's API shows it.
 */
public record PredictionEvent(UUID eventId, RuleType kind, JsonNode prediction) {
  public String symbol() {
    return prediction.path("symbol").asText();
  }

  public String horizon() {
    return prediction.path("horizon").asText();
  }

  public String tier() {
    return prediction.path("tier").asText();
  }

  /** Scheduled emissions only: an on-demand prediction belongs to whoever asked for it. */
  public boolean scheduled() {
    return prediction.path("origin").asText().equals("scheduled");
  }

  /** The sentence of the notification it fires. */
  public String message() {
    String call =
        "ChronoVisor "
            + symbol()
            + " "
            + horizon()
            + " "
            + prediction.path("direction").asText()
            + " ("
            + tier()
            + ", "
            + Math.round(prediction.path("confidence").asDouble() * 100)
            + " %)";
    if (kind == RuleType.PREDICTION_EMITTED) {
      return call + " from " + prediction.path("entryPrice").asText() + " USDT";
    }
    String outcome = prediction.path("outcome").asText(null);
    return call
        + (outcome == null
            ? " expired: " + prediction.path("expiredReason").asText()
            : " resolved " + outcome + " at " + prediction.path("closePrice").asText() + " USDT");
  }
}
