package dev.vizzor.orchestrator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that every number an answer states is one of the tool results' numbers, rounded to the
 * digits the answer shows (a percentage being a result already in percent, or a fraction × 100).
 * Timestamps and fixed phrases (a horizon such as 1h, "24 h", "95 %") are not figures and are set
 * aside first.
 */
final class TracedNumbers {
  private static final Pattern NOT_FIGURES =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z|\\b\\d+[hd]\\b|24 h|95 %|\\{[^}]*}|[A-Z]+/[A-Z]+");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.(\\d+))?( %)?");

  private TracedNumbers() {}

  /** The numbers of {@code answer} that no tool result gives; empty when all are traced. */
  static List<String> untraced(String answer, List<JsonNode> results) {
    List<BigDecimal> known = new ArrayList<>();
    results.forEach(result -> collect(result, known));
    List<String> untraced = new ArrayList<>();
    Matcher m = NUMBER.matcher(NOT_FIGURES.matcher(answer).replaceAll(" "));
    while (m.find()) {
      BigDecimal said = new BigDecimal(m.group().replace(" %", "").replace("+", ""));
      int digits = m.group(1) == null ? 0 : m.group(1).length();
      boolean percent = m.group(2) != null;
      boolean traced =
          known.stream()
              .flatMap(
                  k -> percent ? Stream.of(k, k.multiply(BigDecimal.valueOf(100))) : Stream.of(k))
              .anyMatch(k -> k.setScale(digits, RoundingMode.HALF_UP).compareTo(said) == 0);
      if (!traced) {
        untraced.add(m.group());
      }
    }
    return untraced;
  }

  private static void collect(JsonNode node, List<BigDecimal> into) {
    if (node.isNumber()) {
      into.add(node.decimalValue());
    }
    node.forEach(child -> collect(child, into));
  }
}
