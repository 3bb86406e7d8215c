package dev.vizzor.webhook.rest;

import static dev.vizzor.webhook.Deliveries.hmacHex;
import static dev.vizzor.webhook.Deliveries.insert;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.vizzor.testsupport.InternalTokenContract;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.webhook.Deliveries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The signed webhook is authenticated by its HMAC alone; everything else on this service needs an
 * internal token like any business path (the suite's contract, plus the webhook's own cases).
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class InternalTokenTest implements InternalTokenContract {

  @Test
  void aSignedDeliveryNeedsNoInternalToken() {
    Deliveries.postSigned(freshInsert()).statusCode(200).body("success", equalTo(true));
  }

  @Test
  void aSignedDeliveryIgnoresAnAuthorizationHeaderItCannotVerify() {
    byte[] body = freshInsert().getBytes(StandardCharsets.UTF_8);
    Deliveries.json(body)
        .header("x-hmac-sha256", hmacHex(Deliveries.SECRET, body))
        .auth()
        .oauth2(InternalTokenFixture.token().signedByAnotherKey())
        .post(Deliveries.PATH)
        .then()
        .statusCode(200);
  }

  @Test
  void anInternalTokenDoesNotReplaceTheSignature() {
    Deliveries.json(freshInsert().getBytes(StandardCharsets.UTF_8))
        .auth()
        .oauth2(InternalTokenFixture.token().claim("cred", "webhook_hmac").signed())
        .post(Deliveries.PATH)
        .then()
        .statusCode(401)
        .body("error", equalTo("invalid_signature"));
  }

  @Test
  void otherMethodsOnTheWebhookPathNeedTheToken() {
    given()
        .get(Deliveries.PATH)
        .then()
        .statusCode(401)
        .body("error", equalTo("invalid_token"))
        .body(
            "message",
            equalTo(
                "this service is reached through the gateway, which supplies an internal token"));
  }

  @Test
  void otherPathsOfTheWebhooksFamilyNeedTheToken() {
    given()
        .post("/functions/v1/other")
        .then()
        .statusCode(401)
        .body("error", equalTo("invalid_token"));
  }

  private static String freshInsert() {
    long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    return insert(id, UUID.randomUUID(), "ITK" + (id % 100_000) + "/USDT", "2025-09-30T12:00:00Z");
  }
}
