package dev.vizzor.orchestrator.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the answer writes them: rounded half-up from the tool's own value, never recomputed,
 * so each one can be traced back to a tool result (a percentage is the result's fraction × 100).
 */
final class Numbers {
  private Numbers() {}

  static String fixed(JsonNode value, int decimals) {
    return value.decimalValue().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** A fraction (0.0123) written as a percentage (1.23 %). */
  static String percent(JsonNode fraction, int decimals) {
    return fraction
            .decimalValue()
            .multiply(BigDecimal.valueOf(100))
            .setScale(decimals, RoundingMode.HALF_UP)
            .toPlainString()
        + " %";
  }

  static boolean present(JsonNode value) {
    return value != null && value.isNumber();
  }
}
