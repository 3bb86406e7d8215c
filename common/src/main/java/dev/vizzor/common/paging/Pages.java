package dev.vizzor.common.paging;

import dev.vizzor.common.error.ApiException;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor pages, newest first: the {@code limit} and cursor a client sent, and the next cursor to
 * hand back.
 */
public final class Pages {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  private Pages() {}

  /** A list's {@code limit}: 1 to 200, 50 when not given. */
  public static int limit(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(raw.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // answered below like any other bad value
    }
    throw ApiException.invalid("limit: a whole number from 1 to " + MAX_LIMIT);
  }

  /** The position a client's cursor names; null for the first page. */
  public static PageCursor cursor(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      return PageCursor.decode(cursor);
    } catch (IllegalArgumentException notOurs) {
      throw ApiException.invalid("cursor: not a cursor this API gave");
    }
  }

  /** A full page may have more after it: its last item is where the next one starts. */
  public static <T> Page<T> page(List<T> items, int limit, Function<T, PageCursor> position) {
    String next =
        items.size() < limit ? null : position.apply(items.get(items.size() - 1)).encode();
    return new Page<>(items, next);
  }
}
