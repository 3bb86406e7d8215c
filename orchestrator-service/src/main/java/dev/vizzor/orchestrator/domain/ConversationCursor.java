package dev.vizzor.orchestrator.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Where a page of conversations ends: the last one's (updatedAt, id), opaque to clients. */
public record ConversationCursor(Instant updatedAt, UUID id) {
  public String encode() {
    String raw = updatedAt.getEpochSecond() + ":" + updatedAt.getNano() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws IllegalArgumentException for a cursor this service did not write
   */
  public static ConversationCursor decode(String cursor) {
    String[] parts =
        new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a cursor");
    }
    return new ConversationCursor(
        Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
        UUID.fromString(parts[2]));
  }
}
