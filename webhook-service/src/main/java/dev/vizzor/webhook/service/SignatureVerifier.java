package dev.vizzor.webhook.service;

import dev.vizzor.webhook.config.WebhookConfig;
import dev.vizzor.webhook.domain.Delivery;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a delivery's signature against every configured secret, in constant time per comparison.
 * Two schemes: Supabase's {@code x-hmac-sha256} (hex HMAC-SHA256 of the raw body; Supabase sends
 * lowercase, either case is accepted) and Standard Webhooks ({@code webhook-id}, {@code
 * webhook-timestamp}, {@code webhook-signature} over {@code id.timestamp.body}). Created at startup
 * so that an unusable secret stops the service there (see {@link SigningKeys}).
 */
@Startup
@ApplicationScoped
public class SignatureVerifier {
  private final SigningKeys keys;
  private final Duration tolerance;
  private final Clock clock;

  SignatureVerifier(WebhookConfig config, Clock clock) {
    this.keys = SigningKeys.of(config.secrets());
    this.tolerance = config.timestampTolerance();
    this.clock = clock;
  }

  /** The signature headers of one request; absent headers are null. */
  public record Headers(String hmacSha256, String id, String timestamp, String signature) {}

  public Delivery verify(Headers headers, byte[] body) {
    if (headers.signature() != null || headers.id() != null || headers.timestamp() != null) {
      return verifyStandard(headers, body);
    }
    if (headers.hmacSha256() == null || headers.hmacSha256().isBlank()) {
      throw WebhookRejection.unauthorized("missing signature: send x-hmac-sha256 or webhook-*");
    }
    byte[] presented = hexBytes(headers.hmacSha256().trim());
    for (byte[] key : keys.hmacSha256()) {
      if (MessageDigest.isEqual(hmac(key, body), presented)) {
        return Delivery.unidentified();
      }
    }
    throw WebhookRejection.unauthorized("x-hmac-sha256 does not match the body");
  }

  private Delivery verifyStandard(Headers headers, byte[] body) {
    if (headers.id() == null || headers.timestamp() == null || headers.signature() == null) {
      throw WebhookRejection.unauthorized(
          "webhook-id, webhook-timestamp and webhook-signature must all be present");
    }
    Instant signedAt = parseTimestamp(headers.timestamp());
    Duration skew = Duration.between(signedAt, clock.instant()).abs();
    if (skew.compareTo(tolerance) > 0) {
      throw WebhookRejection.unauthorized(
          "webhook-timestamp is outside the accepted window of ±" + tolerance.toSeconds() + " s");
    }
    byte[] prefix =
        (headers.id() + "." + headers.timestamp() + ".").getBytes(StandardCharsets.UTF_8);
    for (byte[] key : keys.standardWebhooks()) {
      byte[] expected = hmac(key, prefix, body);
      for (String candidate : headers.signature().trim().split(" +")) {
        if (candidate.startsWith("v1,")
            && MessageDigest.isEqual(expected, decode(candidate.substring(3)))) {
          return new Delivery(Optional.of(headers.id()), Optional.of(signedAt));
        }
      }
    }
    throw WebhookRejection.unauthorized("webhook-signature does not match the body");
  }

  /** Unix seconds; a number no Instant can hold is refused like any other bad timestamp. */
  private static Instant parseTimestamp(String value) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(value.trim()));
    } catch (NumberFormatException | DateTimeException e) {
      throw WebhookRejection.unauthorized("webhook-timestamp must be Unix seconds");
    }
  }

  /** The presented HMAC's bytes; nothing matches them when it is not hex at all. */
  private static byte[] hexBytes(String hex) {
    try {
      return HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  static byte[] hmac(byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
