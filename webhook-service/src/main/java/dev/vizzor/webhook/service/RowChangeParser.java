package dev.vizzor.webhook.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.webhook.domain.Delivery;
import dev.vizzor.webhook.domain.Operation;
import dev.vizzor.webhook.domain.RowChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Turns a verified Supabase row-change body into a {@link RowChange}: 400 when it is not JSON, 422
 * naming the field when it is JSON but not a {@code public.user_symbols} change we can apply.
 */
@ApplicationScoped
public class RowChangeParser {
  static final int MAX_SYMBOL_LENGTH = 32;
  static final int MAX_TIMEFRAME_LENGTH = 16;

  private final ObjectMapper mapper;
  private final Clock clock;

  RowChangeParser(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  public RowChange parse(byte[] body, Delivery delivery) {
    JsonNode root = readJson(body);
    if (!root.isObject()) {
      throw WebhookRejection.unprocessable("$", "the body must be a JSON object");
    }
    Operation operation = operation(root);
    String schema = root.path("schema").asText("public");
    String table = root.path("table").asText(null);
    if (!"public".equals(schema) || !"user_symbols".equals(table)) {
      throw WebhookRejection.unprocessable(
          "table", "only public.user_symbols changes are accepted, not " + schema + "." + table);
    }
    if (operation == Operation.DELETE) {
      JsonNode old = object(root, "old_record");
      return new RowChange(
          operation,
          id(old, "old_record.id"),
          userId(old, "old_record.user_id"),
          symbol(old, "old_record.symbol"),
          optionalText(old, "timeframe", "old_record.timeframe", MAX_TIMEFRAME_LENGTH),
          null,
          false,
          delivery.signedAt().orElseGet(clock::instant));
    }
    JsonNode record = object(root, "record");
    return new RowChange(
        operation,
        id(record, "record.id"),
        userId(record, "record.user_id"),
        symbol(record, "record.symbol"),
        optionalText(record, "timeframe", "record.timeframe", MAX_TIMEFRAME_LENGTH),
        strategy(record),
        active(record),
        changedAt(record));
  }

  private JsonNode readJson(byte[] body) {
    try {
      JsonNode root = mapper.readTree(body);
      if (root == null || root.isMissingNode()) {
        throw WebhookRejection.malformed("the body is empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw WebhookRejection.malformed("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw WebhookRejection.malformed("the body could not be read");
    }
  }

  private static Operation operation(JsonNode root) {
    JsonNode type = root.get("type");
    if (type == null || !type.isTextual()) {
      throw WebhookRejection.unprocessable("type", "type must be INSERT, UPDATE or DELETE");
    }
    try {
      return Operation.valueOf(type.asText());
    } catch (IllegalArgumentException e) {
      throw WebhookRejection.unprocessable(
          "type", "type must be INSERT, UPDATE or DELETE, not " + type.asText());
    }
  }

  private static JsonNode object(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isObject()) {
      throw WebhookRejection.unprocessable(field, field + " must be an object");
    }
    return node;
  }

  private static long id(JsonNode record, String path) {
    JsonNode id = record.get("id");
    if (id == null
        || !id.canConvertToExactIntegral()
        || !id.canConvertToLong()
        || id.asLong() < 0) {
      throw WebhookRejection.unprocessable(path, path + " must be a non-negative integer");
    }
    return id.asLong();
  }

  private static UUID userId(JsonNode record, String path) {
    JsonNode userId = record.get("user_id");
    if (userId == null || !userId.isTextual()) {
      throw WebhookRejection.unprocessable(path, path + " must be a UUID string");
    }
    try {
      return UUID.fromString(userId.asText());
    } catch (IllegalArgumentException e) {
      throw WebhookRejection.unprocessable(path, path + " must be a UUID string");
    }
  }

  private static String symbol(JsonNode record, String path) {
    JsonNode symbol = record.get("symbol");
    if (symbol == null
        || !symbol.isTextual()
        || symbol.asText().isBlank()
        || symbol.asText().length() > MAX_SYMBOL_LENGTH) {
      throw WebhookRejection.unprocessable(
          path,
          path + " must be a non-empty string of at most " + MAX_SYMBOL_LENGTH + " characters");
    }
    return symbol.asText().trim();
  }

  private static String optionalText(JsonNode record, String field, String path, int maxLength) {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() || value.asText().length() > maxLength) {
      throw WebhookRejection.unprocessable(
          path, path + " must be a string of at most " + maxLength + " characters");
    }
    return value.asText();
  }

  private static JsonNode strategy(JsonNode record) {
    JsonNode strategy = record.get("strategy");
    if (strategy == null || strategy.isNull()) {
      return null;
    }
    if (!strategy.isObject() || !strategy.path("type").isTextual()) {
      throw WebhookRejection.unprocessable(
          "record.strategy", "record.strategy must be an object with a string type");
    }
    JsonNode params = strategy.get("params");
    if (params != null && !params.isNull() && !params.isObject()) {
      throw WebhookRejection.unprocessable(
          "record.strategy.params", "record.strategy.params must be an object");
    }
    return strategy;
  }

  private static boolean active(JsonNode record) {
    JsonNode active = record.get("active");
    if (active == null || active.isNull()) {
      return true;
    }
    if (!active.isBoolean()) {
      throw WebhookRejection.unprocessable("record.active", "record.active must be a boolean");
    }
    return active.asBoolean();
  }

  /**
   * The row's own change time orders its changes, so it is required: the time a delivery arrives
   * (or, for Standard Webhooks, the time of that attempt) would let a retried older change
   * overwrite a newer one. Deletes carry no row time; see {@code WatcherRepository}.
   */
  private static Instant changedAt(JsonNode record) {
    for (String field : new String[] {"updated_at", "created_at"}) {
      JsonNode value = record.get(field);
      if (value != null && !value.isNull()) {
        if (!value.isTextual()) {
          throw WebhookRejection.unprocessable(
              "record." + field, "record." + field + " must be a timestamp string");
        }
        try {
          return PostgresTimestamps.parse(value.asText());
        } catch (DateTimeParseException e) {
          throw WebhookRejection.unprocessable(
              "record." + field, "record." + field + " is not an ISO-8601 timestamp");
        }
      }
    }
    throw WebhookRejection.unprocessable(
        "record.updated_at",
        "record.updated_at (or, never updated, record.created_at) is required: it orders the"
            + " changes of a row");
  }
}
