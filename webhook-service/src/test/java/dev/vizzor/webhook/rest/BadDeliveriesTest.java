package dev.vizzor.webhook.rest;

import static dev.vizzor.webhook.Deliveries.PATH;
import static dev.vizzor.webhook.Deliveries.SECRET;
import static dev.vizzor.webhook.Deliveries.hmacHex;
import static dev.vizzor.webhook.Deliveries.insert;
import static dev.vizzor.webhook.Deliveries.standardSignature;
import static dev.vizzor.webhook.Deliveries.update;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.testsupport.TestDatabase;
import dev.vizzor.webhook.Deliveries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refusal is in the Zmarty envelope and writes no watcher, delivery id or event. */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class BadDeliveriesTest {
  private static final UUID USER = UUID.fromString("550e8400-e29b-41d4-a716-446655440000");
  private static final String GOOD = insert(123, USER, "BTC/USDT", "2025-09-30T12:00:00Z");
  private static final String UNTIMED_UPDATE =
      update(123, USER, "BTC/USDT", "breakout", "2025-09-30T12:05:00Z")
          .replace(",\"updated_at\":\"2025-09-30T12:05:00Z\"", "");

  TestDatabase database;

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal("no signature at all", 401, "invalid_signature", b -> json(b)),
        refusal(
            "signed with an unknown secret",
            401,
            "invalid_signature",
            b -> signed(b, "other-secret")),
        refusal(
            "signature of another body",
            401,
            "invalid_signature",
            b ->
                json(b)
                    .header(
                        "x-hmac-sha256",
                        hmacHex(SECRET, (GOOD + " ").getBytes(StandardCharsets.UTF_8)))),
        refusal(
            "empty signature", 401, "invalid_signature", b -> json(b).header("x-hmac-sha256", "")),
        refusal(
            "standard timestamp six minutes old",
            401,
            "invalid_signature",
            b -> standard(b, Instant.now().getEpochSecond() - 360)),
        refusal(
            "standard timestamp six minutes ahead",
            401,
            "invalid_signature",
            b -> standard(b, Instant.now().getEpochSecond() + 360)),
        refusal(
            "standard timestamp beyond the calendar",
            401,
            "invalid_signature",
            b -> standard(b, Long.MAX_VALUE)),
        refusal(
            "standard id without signature",
            401,
            "invalid_signature",
            b ->
                json(b)
                    .header("webhook-id", "msg_1")
                    .header("webhook-timestamp", Instant.now().getEpochSecond())),
        refusal(
            "malformed JSON", 400, "invalid_request", b -> signed("{\"type\":\"INSERT\",", SECRET)),
        refusal("JSON that is not an object", 422, "invalid_request", b -> signed("[1,2]", SECRET)),
        refusal(
            "unknown type",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("\"INSERT\"", "\"TRUNCATE\""), SECRET)),
        refusal(
            "type missing",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("\"type\":\"INSERT\",", ""), SECRET)),
        refusal(
            "another table",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("\"user_symbols\"", "\"orders\""), SECRET)),
        refusal(
            "another schema",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("\"public\"", "\"auth\""), SECRET)),
        refusal(
            "record missing on INSERT",
            422,
            "invalid_request",
            b ->
                signed(
                    "{\"type\":\"INSERT\",\"table\":\"user_symbols\",\"schema\":\"public\",\"record\":null}",
                    SECRET)),
        refusal(
            "old_record missing on DELETE",
            422,
            "invalid_request",
            b ->
                signed(
                    "{\"type\":\"DELETE\",\"table\":\"user_symbols\",\"schema\":\"public\",\"record\":null}",
                    SECRET)),
        refusal(
            "id missing",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("\"id\":123,", ""), SECRET)),
        refusal(
            "id as a string",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("\"id\":123", "\"id\":\"123\""), SECRET)),
        refusal(
            "id fractional",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("\"id\":123", "\"id\":12.5"), SECRET)),
        refusal(
            "user_id not a UUID",
            422,
            "invalid_request",
            b -> signed(GOOD.replace(USER.toString(), "bob"), SECRET)),
        refusal(
            "symbol a number",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("\"BTC/USDT\"", "42"), SECRET)),
        refusal(
            "symbol empty",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("\"BTC/USDT\"", "\"\""), SECRET)),
        refusal(
            "strategy a string",
            422,
            "invalid_request",
            b ->
                signed(
                    GOOD.replace(
                        "{\"type\":\"momentum\",\"params\":{\"period\":14}}", "\"momentum\""),
                    SECRET)),
        refusal(
            "active not a boolean",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("\"active\":true", "\"active\":\"yes\""), SECRET)),
        refusal(
            "created_at not a timestamp",
            422,
            "invalid_request",
            b -> signed(GOOD.replace("2025-09-30T12:00:00Z", "yesterday"), SECRET)),
        refusal(
            "INSERT record without created_at or updated_at",
            422,
            "invalid_request",
            b -> signed(GOOD.replace(",\"created_at\":\"2025-09-30T12:00:00Z\"", ""), SECRET)),
        refusal(
            "UPDATE record without updated_at or created_at",
            422,
            "invalid_request",
            b -> signed(UNTIMED_UPDATE, SECRET)),
        refusal(
            "body over 64 KiB",
            413,
            "invalid_request",
            b ->
                signed(
                    GOOD.replace(
                        "\"old_record\":null",
                        "\"old_record\":null,\"pad\":\"" + "x".repeat(70_000) + "\""),
                    SECRET)),
        refusal(
            "plain text content type",
            415,
            "invalid_request",
            b ->
                given()
                    .contentType("text/plain")
                    .header("x-hmac-sha256", hmacHex(SECRET, b.getBytes(StandardCharsets.UTF_8)))
                    .body(b)),
        refusal(
            "malformed content type",
            415,
            "invalid_request",
            b ->
                given()
                    .header("Content-Type", "not a media type")
                    .header("x-hmac-sha256", hmacHex(SECRET, b.getBytes(StandardCharsets.UTF_8)))
                    .body(b.getBytes(StandardCharsets.UTF_8))),
        refusal(
            "XML content type",
            415,
            "invalid_request",
            b -> given().contentType("application/xml").body(b.getBytes(StandardCharsets.UTF_8))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusedWithTheRightStatusAndCodeAndNothingWritten(
      String name, int status, String code, Function<String, RequestSpecification> request) {
    long watchers = database.count("select count(*) from watchers");
    long outbox = database.count("select count(*) from outbox");
    long deliveries = database.count("select count(*) from webhook_deliveries");

    request
        .apply(GOOD)
        .post(PATH)
        .then()
        .statusCode(status)
        .contentType("application/json")
        .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
        .body("error", equalTo(code))
        .body("message", not(emptyOrNullString()));

    assertEquals(watchers, database.count("select count(*) from watchers"), "watchers written");
    assertEquals(outbox, database.count("select count(*) from outbox"), "events written");
    assertEquals(
        deliveries,
        database.count("select count(*) from webhook_deliveries"),
        "delivery ids written");
  }

  @Test
  void aChangeWithoutItsRowTimeIsRefusedNamingTheField() {
    signed(UNTIMED_UPDATE, SECRET)
        .post(PATH)
        .then()
        .statusCode(422)
        .body("error", equalTo("invalid_request"))
        .body("field", equalTo("record.updated_at"));
  }

  private static Arguments refusal(
      String name, int status, String code, Function<String, RequestSpecification> request) {
    return Arguments.of(name, status, code, request);
  }

  private static RequestSpecification json(String body) {
    return Deliveries.json(body.getBytes(StandardCharsets.UTF_8));
  }

  private static RequestSpecification signed(String body, String secret) {
    return json(body)
        .header("x-hmac-sha256", hmacHex(secret, body.getBytes(StandardCharsets.UTF_8)));
  }

  private static RequestSpecification standard(String body, long timestamp) {
    String id = "msg_" + UUID.randomUUID();
    return json(body)
        .header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(timestamp))
        .header(
            "webhook-signature",
            standardSignature(
                Deliveries.STANDARD_SECRET, id, timestamp, body.getBytes(StandardCharsets.UTF_8)));
  }
}
