package dev.vizzor.agent.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.vizzor.agent.domain.PolymarketOrder;
import dev.vizzor.common.error.ApiException;
import java.util.stream.Collectors;

/**
 * The order body read here rather than by the framework, so that a value of the wrong type ({@code
 * "size": "ten"}) or an unknown field ({@code "wallet"}) is refused in the Vizzor envelope naming
 * the field, as every other refusal is.
 */
final class PolymarketOrderBody {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private PolymarketOrderBody() {}

  static PolymarketOrder.Given read(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSON.readValue(body, PolymarketOrder.Given.class);
    } catch (UnrecognizedPropertyException unknown) {
      throw ApiException.invalid(
          unknown.getPropertyName()
              + ": not a field of an order (market, outcome, side, size, limitPrice,"
              + " idempotencyKey, mode)");
    } catch (JsonMappingException wrong) {
      String field =
          wrong.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      throw ApiException.invalid(
          (field.isEmpty() ? "the body" : field)
              + ": not a value of the right type (numbers for size and limitPrice, text for the"
              + " rest)");
    } catch (JsonProcessingException notJson) {
      throw ApiException.invalid("the body is not JSON");
    }
  }
}
