package dev.vizzor.webhook;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds and signs row-change deliveries the way Supabase A (or a Standard Webhooks sender) does.
 */
public final class Deliveries {
  public static final String PATH = "/functions/v1/watchers-upsert";
  public static final String SECRET = "test-secret-current";
  public static final String OLD_SECRET = "test-secret-old";
  public static final String STANDARD_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private Deliveries() {}

  public static String insert(long id, UUID user, String symbol, String createdAt) {
    return """
        {"type":"INSERT","table":"user_symbols","schema":"public","record":{"id":%d,\
        "user_id":"%s","symbol":"%s","timeframe":"1h","strategy":{"type":"momentum",\
        "params":{"period":14}},"active":true,"created_at":"%s"},"old_record":null}"""
        .formatted(id, user, symbol, createdAt);
  }

  public static String update(
      long id, UUID user, String symbol, String strategy, String updatedAt) {
    return """
        {"type":"UPDATE","table":"user_symbols","schema":"public","record":{"id":%d,\
        "user_id":"%s","symbol":"%s","timeframe":"4h","strategy":{"type":"%s",\
        "params":{"threshold":0.05}},"active":true,"updated_at":"%s"},\
        "old_record":{"id":%d,"strategy":{"type":"momentum","params":{"period":14}}}}"""
        .formatted(id, user, symbol, strategy, updatedAt, id);
  }

  public static String delete(long id, UUID user, String symbol) {
    return """
        {"type":"DELETE","table":"user_symbols","schema":"public","record":null,\
        "old_record":{"id":%d,"user_id":"%s","symbol":"%s","timeframe":"1h"}}"""
        .formatted(id, user, symbol);
  }

  public static String hmacHex(String secret, byte[] body) {
    return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), body));
  }

  public static String standardSignature(String secret, String id, long timestamp, byte[] body) {
    byte[] key =
        secret.startsWith("whsec_")
            ? Base64.getDecoder().decode(secret.substring(6))
            : secret.getBytes(StandardCharsets.UTF_8);
    byte[] signed =
        (id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
    return "v1," + Base64.getEncoder().encodeToString(hmac(key, signed));
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts {@code body} signed with x-hmac-sha256 under {@code secret}. */
  public static ValidatableResponse postSigned(String body, String secret) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return json(bytes).header("x-hmac-sha256", hmacHex(secret, bytes)).post(PATH).then();
  }

  public static ValidatableResponse postSigned(String body) {
    return postSigned(body, SECRET);
  }

  public static ValidatableResponse postStandard(String body, String id, long timestamp) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return json(bytes)
        .header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", standardSignature(STANDARD_SECRET, id, timestamp, bytes))
        .post(PATH)
        .then();
  }

  public static RequestSpecification json(byte[] body) {
    return given().contentType("application/json").body(body);
  }
}
