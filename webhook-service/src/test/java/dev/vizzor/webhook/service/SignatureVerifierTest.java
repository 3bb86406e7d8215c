package dev.vizzor.webhook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.webhook.Deliveries;
import dev.vizzor.webhook.config.WebhookConfig;
import dev.vizzor.webhook.domain.Delivery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final byte[] BODY = "{\"type\":\"INSERT\"}".getBytes(StandardCharsets.UTF_8);

  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final SignatureVerifier verifier =
      new SignatureVerifier(config(List.of("old", "current", Deliveries.STANDARD_SECRET)), CLOCK);

  @Test
  void acceptsTheLowercaseHexHmacOfAnyConfiguredSecret() {
    for (String secret : List.of("old", "current")) {
      Delivery delivery = verifier.verify(plain(Deliveries.hmacHex(secret, BODY)), BODY);
      assertTrue(delivery.id().isEmpty());
    }
  }

  @Test
  void acceptsTheHmacInUppercaseHexToo() {
    String upper = Deliveries.hmacHex("current", BODY).toUpperCase(java.util.Locale.ROOT);

    assertTrue(verifier.verify(plain(upper), BODY).id().isEmpty());
  }

  @Test
  void aTimestampBeyondWhatAnInstantHoldsIsABadSignatureNotAnError() {
    String sig =
        Deliveries.standardSignature(Deliveries.STANDARD_SECRET, "m", Long.MAX_VALUE, BODY);

    ApiException rejection =
        assertThrows(
            ApiException.class,
            () ->
                verifier.verify(
                    new SignatureVerifier.Headers(null, "m", Long.toString(Long.MAX_VALUE), sig),
                    BODY));
    assertEquals(401, rejection.error().status());
    assertEquals(Problem.INVALID_SIGNATURE, rejection.error().problem());
  }

  @Test
  void refusesToStartWithAnEmptySecret() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SignatureVerifier(config(List.of("current", " ")), CLOCK));

    assertEquals("vizzor.webhook.secrets: secret 2 of 2 is empty", refused.getMessage());
  }

  @Test
  void refusesToStartWithAWhsecSecretThatIsNotBase64() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SignatureVerifier(config(List.of("whsec_not*base64!")), CLOCK));

    assertEquals(
        "vizzor.webhook.secrets: secret 1 of 1 starts with whsec_ but the rest is not base64",
        refused.getMessage());
  }

  @Test
  void refusesToStartWithAWhsecSecretWithoutKeyBytes() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SignatureVerifier(config(List.of("whsec_")), CLOCK));

    assertEquals(
        "vizzor.webhook.secrets: secret 1 of 1 starts with whsec_ but holds no key bytes",
        refused.getMessage());
  }

  @Test
  void rejectsAnHmacOfOtherBytesOrKeys() {
    String forOtherBody = Deliveries.hmacHex("current", "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        401,
        assertThrows(ApiException.class, () -> verifier.verify(plain(forOtherBody), BODY))
            .error()
            .status());
    String otherKey = Deliveries.hmacHex("unknown", BODY);
    assertThrows(ApiException.class, () -> verifier.verify(plain(otherKey), BODY));
    assertThrows(ApiException.class, () -> verifier.verify(plain(null), BODY));
  }

  @Test
  void acceptsAStandardWebhooksSignatureAmongSeveralAndReportsIdAndTime() {
    long ts = NOW.getEpochSecond();
    String good = Deliveries.standardSignature(Deliveries.STANDARD_SECRET, "msg_1", ts, BODY);
    Delivery delivery =
        verifier.verify(
            new SignatureVerifier.Headers(null, "msg_1", Long.toString(ts), "v1,AAAA " + good),
            BODY);
    assertEquals("msg_1", delivery.id().orElseThrow());
    assertEquals(NOW, delivery.signedAt().orElseThrow());
  }

  @Test
  void aStandardSignatureDoesNotCoverAnotherIdOrTimestamp() {
    long ts = NOW.getEpochSecond();
    String good = Deliveries.standardSignature(Deliveries.STANDARD_SECRET, "msg_1", ts, BODY);
    assertThrows(
        ApiException.class,
        () ->
            verifier.verify(
                new SignatureVerifier.Headers(null, "msg_2", Long.toString(ts), good), BODY));
    assertThrows(
        ApiException.class,
        () ->
            verifier.verify(
                new SignatureVerifier.Headers(null, "msg_1", Long.toString(ts + 1), good), BODY));
  }

  @Test
  void theWindowIsFiveMinutesEitherWayInclusive() {
    for (long offset : new long[] {-300, 300}) {
      long ts = NOW.getEpochSecond() + offset;
      String sig = Deliveries.standardSignature(Deliveries.STANDARD_SECRET, "m", ts, BODY);
      verifier.verify(new SignatureVerifier.Headers(null, "m", Long.toString(ts), sig), BODY);
    }
    for (long offset : new long[] {-301, 301}) {
      long ts = NOW.getEpochSecond() + offset;
      String sig = Deliveries.standardSignature(Deliveries.STANDARD_SECRET, "m", ts, BODY);
      assertThrows(
          ApiException.class,
          () ->
              verifier.verify(
                  new SignatureVerifier.Headers(null, "m", Long.toString(ts), sig), BODY));
    }
  }

  private static SignatureVerifier.Headers plain(String hmac) {
    return new SignatureVerifier.Headers(hmac, null, null, null);
  }

  private static WebhookConfig config(List<String> secrets) {
    return new WebhookConfig() {
      public List<String> secrets() {
        return secrets;
      }

      public int maxBodyBytes() {
        return 65536;
      }

      public Duration timestampTolerance() {
        return Duration.ofMinutes(5);
      }

      public Duration deliveryIdRetention() {
        return Duration.ofDays(3);
      }
    };
  }
}
