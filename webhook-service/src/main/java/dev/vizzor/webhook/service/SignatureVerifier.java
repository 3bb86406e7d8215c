package dev.vizzor.webhook.service;

import dev.vizzor.webhook.config.WebhookConfig;
import dev.vizzor.webhook.domain.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a delivery's signature against every configured secret, in constant time per comparison.
 * Two schemes: Supabase's {@code x-hmac-sha256} (lowercase hex HMAC-SHA256 of the raw body) and
 * Standard Webhooks ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature} over
 * {@code id.timestamp.body}).
 */
@ApplicationScoped
public class SignatureVerifier {
  private static final String STANDARD_PREFIX = "whsec_";

  private final List<byte[]> plainKeys;
  private final List<byte[]> standardKeys;
  private final Duration tolerance;
  private final Clock clock;

  SignatureVerifier(WebhookConfig config, Clock clock) {
    this.plainKeys =
        config.secrets().stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    this.standardKeys = config.secrets().stream().map(SignatureVerifier::standardKey).toList();
    this.tolerance = config.timestampTolerance();
    this.clock = clock;
  }

  private static byte[] standardKey(String secret) {
    if (secret.startsWith(STANDARD_PREFIX)) {
      return Base64.getDecoder().decode(secret.substring(STANDARD_PREFIX.length()));
    }
    return secret.getBytes(StandardCharsets.UTF_8);
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
    byte[] presented = headers.hmacSha256().trim().getBytes(StandardCharsets.US_ASCII);
    for (byte[] key : plainKeys) {
      byte[] expected =
          HexFormat.of().formatHex(hmac(key, body)).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, presented)) {
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
    for (byte[] key : standardKeys) {
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

  private static Instant parseTimestamp(String value) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      throw WebhookRejection.unauthorized("webhook-timestamp must be Unix seconds");
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
