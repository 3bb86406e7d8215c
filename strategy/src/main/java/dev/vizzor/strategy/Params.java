package dev.vizzor.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads a strategy's {@code params}: numbers in range, unknown names refused, defaults filled. */
final class Params {
  private final Map<String, Object> given;
  private final Map<String, Object> used = new LinkedHashMap<>();

  Params(String type, Map<String, Object> given, Set<String> known) {
    this.given = given == null ? Map.of() : given;
    for (String name : this.given.keySet()) {
      if (!known.contains(name)) {
        throw new InvalidStrategyException(
            "strategy.params." + name,
            type + " takes no parameter '" + name + "'; it takes " + new TreeSet<>(known));
      }
    }
  }

  int whole(String name, int absent, int min, int max) {
    Object value = given.get(name);
    int result;
    if (value == null) {
      result = absent;
    } else if (value instanceof Number number
        && number.doubleValue() == Math.rint(number.doubleValue())
        && number.doubleValue() >= min
        && number.doubleValue() <= max) {
      result = number.intValue();
    } else {
      throw new InvalidStrategyException(
          field(name), "must be a whole number from " + min + " to " + max + ", not " + value);
    }
    used.put(name, result);
    return result;
  }

  /** A number in {@code (above, max]}. */
  double number(String name, double absent, double above, double max) {
    Object value = given.get(name);
    double result;
    if (value == null) {
      result = absent;
    } else if (value instanceof Number number
        && Double.isFinite(number.doubleValue())
        && number.doubleValue() > above
        && number.doubleValue() <= max) {
      result = number.doubleValue();
    } else {
      throw new InvalidStrategyException(
          field(name),
          "must be a number above " + above + " and at most " + max + ", not " + value);
    }
    used.put(name, result);
    return result;
  }

  /** One of {@code allowed}, as text. */
  String oneOf(String name, String absent, List<String> allowed) {
    Object value = given.get(name);
    String result = value == null ? absent : value.toString().strip();
    if (!allowed.contains(result)) {
      throw new InvalidStrategyException(
          field(name), "must be one of " + allowed + ", not " + value);
    }
    used.put(name, result);
    return result;
  }

  String field(String name) {
    return "strategy.params." + name;
  }

  Map<String, Object> used() {
    return Map.copyOf(used);
  }
}
