package dev.vizzor.market.rest;

import dev.vizzor.common.error.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Query parameters read as strings and checked here, so a bad one is a 400 in the envelope (JAX-RS
 * itself answers an unparsable number in a query parameter with 404).
 */
final class Params {
  private Params() {}

  static int intIn(String name, String value, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // answered below, with the range
    }
    throw ApiException.invalid(name + " must be a whole number from " + min + " to " + max);
  }

  /** Bitcoin's first block: no market data is older. */
  static final Instant EARLIEST = Instant.parse("2009-01-03T00:00:00Z");

  /** Far enough ahead for any request; later instants overflow epoch-millisecond arithmetic. */
  static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  static Instant instant(String name, String value, Instant absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    Instant parsed;
    try {
      parsed = Instant.parse(value.strip());
    } catch (DateTimeParseException malformed) {
      parsed = null;
    }
    if (parsed == null || parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
      throw ApiException.invalid(
          name
              + " must be an ISO-8601 instant from "
              + EARLIEST
              + " to "
              + LATEST
              + ", such as 2023-01-01T00:00:00Z");
    }
    return parsed;
  }
}
