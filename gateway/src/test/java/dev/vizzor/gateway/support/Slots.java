package dev.vizzor.gateway.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * Concurrency slots as a client sees them. A finished request's or closed socket's slot is given
 * back by the gateway's next admission step or a timer a moment later, not before the client can
 * send again: a test waits for it instead of expecting it at once.
 */
public final class Slots {
  private Slots() {}

  /** Waits until a request with {@code apiKey} is admitted again (a 429 until a slot is free). */
  public static void awaitFree(String apiKey) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                given()
                    .header("X-API-Key", apiKey)
                    .get("/v1/market/trending")
                    .then()
                    .statusCode(200));
  }
}
