package dev.vizzor.gateway.account;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the newest-first account list ends: the last account's creation time and id (the
 * id orders accounts created in the same microsecond). Opaque to clients: URL-safe Base64.
 */
public record AccountCursor(OffsetDateTime createdAt, UUID id) {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  static AccountCursor after(AccountSummary last) {
    return new AccountCursor(last.createdAt(), last.id());
  }

  public String encode() {
    return ENCODER.encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor {@code text} encodes, or empty for anything this class did not write. */
  public static Optional<AccountCursor> decode(String text) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 2);
      return parts.length == 2
          ? Optional.of(
              new AccountCursor(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1])))
          : Optional.empty();
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
