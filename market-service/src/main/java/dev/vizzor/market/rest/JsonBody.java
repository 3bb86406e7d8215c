package dev.vizzor.market.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The JSON object a POST endpoint of this service takes: at most the endpoint's size (413 beyond),
 * valid JSON, an object, and only the fields the endpoint names (400 naming the first other one).
 */
final class JsonBody {
  /**
   * Small requests ({@code {"window":"24h"}}, {@code {"chain","address"}}): anything near is none.
   */
  static final int SMALL = 1024;

  private JsonBody() {}

  /** The object, or empty for an empty body (the endpoint decides whether that is allowed). */
  static Optional<JsonNode> read(
      ObjectMapper json, byte[] body, int maxBytes, List<String> fields, String example) {
    if (body == null || body.length == 0) {
      return Optional.empty();
    }
    if (body.length > maxBytes) {
      throw new ApiException(
          Problem.PAYLOAD_TOO_LARGE, "the body may be at most " + maxBytes / 1024 + " KiB");
    }
    JsonNode request;
    try {
      request = json.readTree(new String(body, StandardCharsets.UTF_8));
    } catch (JsonProcessingException malformed) {
      throw ApiException.invalid("the body is not valid JSON");
    }
    if (request == null || !request.isObject()) {
      throw ApiException.invalid("the body must be a JSON object such as " + example);
    }
    request
        .fieldNames()
        .forEachRemaining(
            field -> {
              if (!fields.contains(field)) {
                throw ApiException.invalid(
                    "unknown field " + field + "; accepted: " + String.join(", ", fields));
              }
            });
    return Optional.of(request);
  }
}
