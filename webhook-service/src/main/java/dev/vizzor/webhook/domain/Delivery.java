package dev.vizzor.webhook.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A delivery whose signature verified. Standard Webhooks deliveries carry an id (for
 * de-duplication) and the time they were signed; {@code x-hmac-sha256} ones carry neither.
 */
public record Delivery(Optional<String> id, Optional<Instant> signedAt) {
  public static Delivery unidentified() {
    return new Delivery(Optional.empty(), Optional.empty());
  }
}
