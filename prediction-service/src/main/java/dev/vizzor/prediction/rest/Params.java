package dev.vizzor.prediction.rest;

import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.chronovisor.Tier;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.market.Symbols;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Query values read as strings and checked here, so a bad one is a 400 in the envelope. */
final class Params {
  private static final Set<String> STATUSES = Set.of("pending", "resolved", "expired");
  private static final Set<String> ORIGINS = Set.of("scheduled", "on-demand");

  private Params() {}

  static String symbol(String raw) {
    try {
      return Symbols.normalize(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(e.getMessage());
    }
  }

  static String symbolOrNull(String raw) {
    return raw == null || raw.isBlank() ? null : symbol(raw);
  }

  static Horizon horizon(String raw) {
    return Horizon.parse(raw)
        .orElseThrow(() -> ApiException.invalid("horizon must be 1h, 4h or 1d, not '" + raw + "'"));
  }

  static String horizonOrNull(String raw) {
    return raw == null || raw.isBlank() ? null : horizon(raw).label();
  }

  /** A comma-separated list, or every horizon when absent; at most each one once. */
  static List<Horizon> horizons(String raw) {
    if (raw == null || raw.isBlank()) {
      return List.of(Horizon.values());
    }
    return horizons(Arrays.asList(raw.split(",")));
  }

  static List<Horizon> horizons(List<String> labels) {
    if (labels == null || labels.isEmpty()) {
      return List.of(Horizon.values());
    }
    List<Horizon> horizons = new ArrayList<>();
    for (String label : labels) {
      Horizon horizon = horizon(label == null ? "" : label);
      if (!horizons.contains(horizon)) {
        horizons.add(horizon);
      }
    }
    return horizons;
  }

  static String tierOrNull(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return Tier.parse(raw)
        .orElseThrow(
            () ->
                ApiException.invalid(
                    "tier must be high-conviction, tracked or advisory, not '" + raw + "'"))
        .label();
  }

  static String oneOfOrNull(String name, String raw, Set<String> allowed) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (!allowed.contains(raw.strip())) {
      throw ApiException.invalid(
          name + " must be one of " + allowed.stream().sorted().toList() + ", not '" + raw + "'");
    }
    return raw.strip();
  }

  static String statusOrNull(String raw) {
    return oneOfOrNull("status", raw, STATUSES);
  }

  static String originOrNull(String raw) {
    return oneOfOrNull("origin", raw, ORIGINS);
  }

  static int limit(String raw) {
    if (raw == null || raw.isBlank()) {
      return 50;
    }
    try {
      int limit = Integer.parseInt(raw.strip());
      if (limit >= 1 && limit <= 200) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.invalid("limit must be a whole number from 1 to 200");
  }

  static Instant instantOrNull(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          name + " must be an ISO-8601 instant such as 2023-01-01T00:00:00Z");
    }
  }

  /** {@code run=all} counts every run; absent or {@code current}, the current one. */
  static boolean allRuns(String raw) {
    return "all".equals(oneOfOrNull("run", raw, Set.of("current", "all")));
  }

  /** A comma-separated list of symbols, each at most once, at most {@code max} of them. */
  static List<String> symbols(String raw, int max) {
    List<String> symbols = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return symbols;
    }
    for (String each : raw.split(",")) {
      String symbol = symbol(each);
      if (!symbols.contains(symbol)) {
        symbols.add(symbol);
      }
    }
    if (symbols.size() > max) {
      throw ApiException.invalid("symbols takes at most " + max + " symbols");
    }
    return symbols;
  }
}
