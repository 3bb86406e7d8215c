package dev.vizzor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Reads fields of admin API answers for display; absent or null shows as "-". */
final class AdminJson {
  static final String NONE = "-";

  private AdminJson() {}

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? NONE : value.asText();
  }

  /** ISO-8601 instants in UTC to the second, which is plenty for people and keeps tables narrow. */
  static String time(JsonNode node, String field) {
    String text = text(node, field);
    if (NONE.equals(text)) {
      return text;
    }
    try {
      return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    } catch (DateTimeParseException e) {
      return text;
    }
  }
}
