package dev.vizzor.notification.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * One WebSocket message: {@code {type, id, data}} with {@code data} the resource as the REST API
 * shows it, so a client can dedupe by id. {@code account} is set for a private event (only its
 * owner receives it) and null for one every client may see.
 */
public record Push(String type, UUID id, JsonNode data, UUID account, String symbol, String tier) {
  public static final String ALERT = "alert";
  public static final String PREDICTION_EMITTED = "prediction_emitted";
  public static final String PREDICTION_RESOLVED = "prediction_resolved";
}
