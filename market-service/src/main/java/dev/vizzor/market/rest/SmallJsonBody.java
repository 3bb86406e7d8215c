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
 * The small JSON object a POST endpoint of this service takes ({@code {"window":"24h"}}, {@code
 * {"chain","address"}}): at most 1 KiB (413 beyond, as anything near that size is no such request),
 * valid JSON, an object, and only the fields the endpoint names (400 naming the first other one).
 */
final class SmallJsonBody {
  static final int MAX_BYTES = 1024;

  private SmallJsonBody() {}

  /** The object, or empty for an empty body (the endpoint decides whether that is allowed). */
  static Optional<JsonNode> read(
      ObjectMapper json, byte[] body, List<String> fields, String example) {
    if (body == null || body.length == 0) {
      return Optional.empty();
    }
    if (body.length > MAX_BYTES) {
      throw new ApiException(Problem.PAYLOAD_TOO_LARGE, "the body may be at most 1 KiB");
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
