package dev.vizzor.notification.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.common.market.Symbols;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a WebSocket client asked to receive, out of what it may see: each of {@code types}, {@code
 * symbols} and {@code tiers} narrows when given and admits everything when absent or null. Tiers
 * apply to predictions only (an alert has none).
 */
public record PushFilter(Set<String> types, Set<String> symbols, Set<String> tiers) {
  public static final PushFilter EVERYTHING = new PushFilter(null, null, null);
  static final List<String> TIERS = List.of("advisory", "tracked", "high-conviction");
  static final int MAX_VALUES = 100;

  public boolean admits(Push push) {
    return (types == null || types.contains(push.type()))
        && (symbols == null || push.symbol() == null || symbols.contains(push.symbol()))
        && (tiers == null || push.tier() == null || tiers.contains(push.tier()));
  }

  /**
   * The filter a {@code subscribe} message asks for.
   *
   * @throws IllegalArgumentException naming the field, for a value that is not allowed
   */
  public static PushFilter of(JsonNode subscribe) {
    return new PushFilter(
        values(subscribe, "types", type -> allowed("types", type, Push.TYPES)),
        values(subscribe, "symbols", PushFilter::symbol),
        values(subscribe, "tiers", tier -> allowed("tiers", tier, TIERS)));
  }

  /** The filter as the {@code subscribed} reply states it (null: everything). */
  public ObjectNode describe() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    describe(out, "types", types);
    describe(out, "symbols", symbols);
    describe(out, "tiers", tiers);
    return out;
  }

  private static void describe(ObjectNode out, String field, Set<String> values) {
    if (values == null) {
      out.putNull(field);
    } else {
      values.forEach(out.putArray(field)::add);
    }
  }

  private static Set<String> values(JsonNode message, String field, UnaryOperator<String> check) {
    JsonNode node = message.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isArray() || node.size() > MAX_VALUES) {
      throw new IllegalArgumentException(
          field + " must be an array of at most " + MAX_VALUES + " strings");
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode value : node) {
      if (!value.isTextual()) {
        throw new IllegalArgumentException(field + " must hold strings only");
      }
      out.add(check.apply(value.asText()));
    }
    return Set.copyOf(out);
  }

  private static String allowed(String field, String value, List<String> known) {
    String wire = value.toLowerCase(Locale.ROOT);
    if (!known.contains(wire)) {
      throw new IllegalArgumentException(
          field + ": '" + value + "' is not one of " + String.join(", ", known));
    }
    return wire;
  }

  private static String symbol(String value) {
    try {
      return Symbols.normalize(value);
    } catch (IllegalArgumentException bad) {
      throw new IllegalArgumentException("symbols: " + bad.getMessage());
    }
  }
}
