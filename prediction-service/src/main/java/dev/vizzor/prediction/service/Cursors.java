package dev.vizzor.prediction.service;

import dev.vizzor.prediction.domain.PageCursor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Page cursors: opaque to clients, the last row's creation time and id underneath. */
public final class Cursors {
  private Cursors() {}

  static String encode(PageCursor cursor) {
    String raw = cursor.createdAt() + "|" + cursor.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws IllegalArgumentException for anything this service did not hand out
   */
  public static PageCursor decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      return new PageCursor(
          Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cursor is not one this API returned");
    }
  }
}
