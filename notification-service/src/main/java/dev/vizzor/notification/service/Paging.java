package dev.vizzor.notification.service;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.paging.PageCursor;
import dev.vizzor.notification.domain.Page;
import java.util.List;
import java.util.function.Function;

/** Cursor pages, newest first: the cursor the client sent, and the next one to hand back. */
final class Paging {
  private Paging() {}

  static PageCursor cursor(String cursor) {
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
  static <T> Page<T> page(List<T> items, int limit, Function<T, PageCursor> position) {
    String next =
        items.size() < limit ? null : position.apply(items.get(items.size() - 1)).encode();
    return new Page<>(items, next);
  }
}
