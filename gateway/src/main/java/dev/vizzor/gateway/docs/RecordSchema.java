package dev.vizzor.gateway.docs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * The JSON Schema of a record as Jackson writes it: one property per component, read through the
 * same Jackson annotations ({@code @JsonIgnore} leaves a component out, {@code @JsonInclude}
 * NON_NULL makes it optional, a {@code @JsonAnyGetter} allows further properties). The error
 * envelopes are documented from their records this way, so the docs cannot drift from the bodies.
 */
final class RecordSchema {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RecordSchema() {}

  static ObjectNode of(Class<?> record) {
    if (!record.isRecord()) {
      throw new IllegalArgumentException(record + " is not a record");
    }
    ObjectNode schema = NODES.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    var required = schema.putArray("required");
    for (RecordComponent component : record.getRecordComponents()) {
      Method accessor = component.getAccessor();
      if (accessor.isAnnotationPresent(JsonIgnore.class)) {
        continue;
      }
      properties.set(component.getName(), ofType(component.getType()));
      if (!omittedWhenNull(record, accessor)) {
        required.add(component.getName());
      }
    }
    if (Arrays.stream(record.getMethods())
        .anyMatch(m -> m.isAnnotationPresent(JsonAnyGetter.class))) {
      schema.put("additionalProperties", true);
    }
    return schema;
  }

  private static boolean omittedWhenNull(Class<?> record, Method accessor) {
    JsonInclude include = accessor.getAnnotation(JsonInclude.class);
    if (include == null) {
      include = record.getAnnotation(JsonInclude.class);
    }
    return include != null && include.value() == JsonInclude.Include.NON_NULL;
  }

  private static ObjectNode ofType(Class<?> type) {
    if (type == String.class) {
      return NODES.objectNode().put("type", "string");
    }
    if (type == Long.class || type == long.class) {
      return NODES.objectNode().put("type", "integer").put("format", "int64");
    }
    if (type == Integer.class || type == int.class) {
      return NODES.objectNode().put("type", "integer").put("format", "int32");
    }
    if (type == Boolean.class || type == boolean.class) {
      return NODES.objectNode().put("type", "boolean");
    }
    if (Map.class.isAssignableFrom(type)) {
      return NODES.objectNode().put("type", "object").put("additionalProperties", true);
    }
    if (type.isRecord()) {
      return of(type);
    }
    // A new kind of field in an error record must be described here, not silently dropped.
    throw new IllegalArgumentException("no schema for " + type);
  }
}
