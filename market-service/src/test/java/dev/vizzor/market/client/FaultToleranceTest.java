package dev.vizzor.market.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.testsupport.InternalTokenFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Timeouts, retries and circuit breaking, shown on the Binance quote and the alternative.me index
 * (every client follows the service's one policy in application.properties). Limits as set in
 * {@link UpstreamStubs}: 1 s timeout, 2 retries, circuit open after 4 attempts and for 600 s.
 */
@QuarkusTest
@TestProfile(LiveSourceProfile.class)
class FaultToleranceTest extends LiveSourceTestBase {
  private static final String TICKER = "/binance/api/v3/ticker/24hr";
  private static final String FNG = "/alternativeme/fng/";

  @Test
  void a429IsRetriedAndTheRetryAnswers() {
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .inScenario("rate limited once")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("limit lifted"));
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .inScenario("rate limited once")
            .whenScenarioStateIs("limit lifted")
            .willReturn(okJson(UpstreamStubs.sample("binance/ticker_24hr.single_FULL.docs.json"))));

    assertTrue(market.quote(Asset.of("BTC")).await().indefinitely().isPresent());
    upstream.verify(2, getRequestedFor(urlPathEqualTo(TICKER)));
  }

  @Test
  void a5xxIsRetriedThenTheCircuitOpensAndStopsCallingTheUpstream() {
    upstream.stubFor(get(urlPathEqualTo(TICKER)).willReturn(aResponse().withStatus(503)));

    UpstreamUnavailableException down =
        assertThrows(
            UpstreamUnavailableException.class,
            () -> market.quote(Asset.of("BTC")).await().indefinitely());
    assertEquals(503, down.status());
    upstream.verify(3, getRequestedFor(urlPathEqualTo(TICKER)));

    // The fourth failed attempt fills the breaker's window of 4: it opens, and the retry that
    // follows meets the open circuit instead of the upstream.
    assertThrows(
        CircuitBreakerOpenException.class,
        () -> market.quote(Asset.of("BTC")).await().indefinitely());
    assertThrows(
        CircuitBreakerOpenException.class,
        () -> market.quote(Asset.of("ETH")).await().indefinitely());
    upstream.verify(4, getRequestedFor(urlPathEqualTo(TICKER)));

    given()
        .auth()
        .oauth2(InternalTokenFixture.token().signed())
        .get("/v1/market/price/SOL")
        .then()
        .statusCode(503)
        .body("error.code", equalTo("service_unavailable"))
        .body("error.retryAfter", equalTo(600)); // the circuit's open delay in UpstreamStubs
  }

  @Test
  void aRejectionIsNeitherRetriedNorHeldAgainstTheCircuit() {
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .willReturn(UpstreamStubs.binanceRefusal(-1100, "Illegal characters found.")));

    for (int i = 0; i < 5; i++) {
      assertThrows(
          UpstreamRejectedException.class,
          () -> market.quote(Asset.of("BTC")).await().indefinitely());
    }
    upstream.verify(5, getRequestedFor(urlPathEqualTo(TICKER)));
  }

  @Test
  void aSlowUpstreamTimesOutOnEveryAttempt() {
    upstream.stubFor(
        get(urlPathEqualTo(FNG))
            .willReturn(
                okJson(UpstreamStubs.sample("alternativeme/fng_limit3.quoted-capture.json"))
                    .withFixedDelay(1_500)));

    // Each answer comes 1.5 s late, past the 1 s timeout: a TimeoutException after three
    // requests proves each attempt was cut off by the timeout, not answered.
    assertThrows(TimeoutException.class, () -> market.fearGreed(3).await().indefinitely());
    upstream.verify(3, getRequestedFor(urlPathEqualTo(FNG)));

    // The abandoned requests are still being answered; let them finish so that the application
    // never stops with a request in flight.
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                upstream.getAllServeEvents().stream()
                    .allMatch(
                        event ->
                            event.getTiming() != null
                                && event.getTiming().getResponseSendTime() != null));
  }
}
