package dev.vizzor.gateway.docs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiFamily;
import dev.vizzor.common.error.ErrorBodies;
import dev.vizzor.common.error.Problem;
import java.util.Arrays;
import java.util.List;

/**
 * A family's error body as a named schema: generated from the record {@link ErrorBodies} renders
 * for that family, its code field listing the family's whole code table ({@link ApiFamily#code}
 * over every {@link Problem}), which DESIGN.md asks each service's OpenAPI to document.
 */
final class FamilyErrorSchema {
  private FamilyErrorSchema() {}

  /** The schema's name: the record's, which is also what the services' own documents call it. */
  static String name(ApiFamily family) {
    return bodyType(family).getSimpleName();
  }

  static String ref(ApiFamily family) {
    return "#/components/schemas/" + name(family);
  }

  static ObjectNode schema(ApiFamily family) {
    ObjectNode schema = RecordSchema.of(bodyType(family));
    var codes = codeProperty(family, schema).putArray("enum");
    codes(family).forEach(codes::add);
    return schema;
  }

  static List<String> codes(ApiFamily family) {
    return Arrays.stream(Problem.values()).map(family::code).distinct().toList();
  }

  private static Class<?> bodyType(ApiFamily family) {
    return ErrorBodies.body(family, ApiError.of(Problem.INTERNAL, "")).getClass();
  }

  /**
   * Where the code sits: Vizzor nests it as {@code error.code}, the flat envelopes in {@code
   * error}.
   */
  private static ObjectNode codeProperty(ApiFamily family, ObjectNode schema) {
    ObjectNode error = (ObjectNode) schema.path("properties").path("error");
    return family == ApiFamily.VIZZOR ? (ObjectNode) error.path("properties").path("code") : error;
  }
}
