package dev.vizzor.prediction.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** {@code jsonb} columns: written from values, read back as JSON objects. */
final class JsonColumns {
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private JsonColumns() {}

  static String write(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not serialisable as JSON: " + value, e);
    }
  }

  static Map<String, Object> object(ObjectMapper json, String text) {
    try {
      return json.readValue(text, OBJECT);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not an object: " + text, e);
    }
  }
}
