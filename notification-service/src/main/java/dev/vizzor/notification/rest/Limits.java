package dev.vizzor.notification.rest;

import dev.vizzor.common.error.ApiException;

/** A list's {@code limit}: 1 to 200, 50 when not given. */
final class Limits {
  static final int DEFAULT = 50;
  static final int MAX = 200;

  private Limits() {}

  static int of(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT;
    }
    try {
      int limit = Integer.parseInt(raw.strip());
      if (limit >= 1 && limit <= MAX) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // answered below like any other bad value
    }
    throw ApiException.invalid("limit: a whole number from 1 to " + MAX);
  }
}
