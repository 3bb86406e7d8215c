package dev.vizzor.agent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.vizzor.agent.PolymarketReplayTest.assertDecimal;
import static dev.vizzor.agent.PolymarketReplayTest.assertRefused;
import static dev.vizzor.agent.PolymarketReplayTest.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live source: the real Gamma and CLOB clients talking to {@link PolymarketStub}, which answers
 * with the real captures. The captured window closed on 2026-07-19, so live it is listed as
 * resolved; the trade walks the captured book read through the CLOB client.
 */
@QuarkusTest
@TestProfile(PolymarketLiveProfile.class)
class PolymarketLiveTest {
  PolymarketStub.Upstream upstream;
  WireMockServer polymarket;
  @Inject CircuitBreakerMaintenance circuits;

  @BeforeEach
  void capturesServed() {
    polymarket = upstream.server();
    polymarket.resetAll();
    PolymarketStub.stubCaptures(polymarket);
    circuits.resetAll();
  }

  @Test
  void gammasEventsAreReadAsServedAndAPastWindowIsListedWithoutAnEdge() throws Exception {
    JsonNode answer = body(PolymarketApi.freshAccount().opportunities("BTC"), 200);

    assertEquals("live: Polymarket Gamma and CLOB", answer.get("source").asText());
    assertEquals(1, answer.get("opportunities").size());
    JsonNode o = answer.get("opportunities").get(0);
    assertEquals(PolymarketApi.CONDITION_ID, o.get("market").asText());
    assertEquals("Bitcoin Up or Down - July 19, 4:20AM-4:25AM ET", o.get("question").asText());
    assertEquals("btc-updown-5m-1784449200", o.get("slug").asText());
    assertEquals("2026-07-19T08:20:00Z", o.get("windowStart").asText());
    assertEquals("2026-07-19T08:25:00Z", o.get("endDate").asText());
    assertFalse(o.get("mappable").asBoolean());
    assertTrue(o.get("reason").asText().startsWith("resolved at 2026-07-19T08:25:00Z"));
    assertTrue(o.get("edge").isNull());
    // what Gamma says of the outcomes is still shown: outcomePrices decoded from its string
    assertEquals("Up", o.get("outcomes").get(0).get("name").asText());
    assertEquals(PolymarketStub.UP_TOKEN, o.get("outcomes").get(0).get("tokenId").asText());
    assertDecimal("0.495", o.get("outcomes").get(0).get("gammaPrice"));
    assertDecimal("0.505", o.get("outcomes").get(1).get("gammaPrice"));
    assertTrue(o.get("outcomes").get(0).get("implied").isNull());
    // the events were asked for as Gamma needs it: open ones of the crypto tag
    polymarket.verify(
        getRequestedFor(urlPathEqualTo("/gamma/events"))
            .withQueryParam("tag_slug", equalTo("crypto"))
            .withQueryParam("active", equalTo("true"))
            .withQueryParam("closed", equalTo("false")));
  }

  @Test
  void aLiveTradeLooksTheMarketUpByConditionIdAndWalksTheBookTheClobServes() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    JsonNode trade = body(api.order("Up", "buy", "200", "0.42", "live-1"), 201);

    assertEquals("live: Polymarket Gamma and CLOB", trade.get("source").asText());
    assertEquals("Bitcoin Up or Down - July 19, 4:20AM-4:25AM ET", trade.get("question").asText());
    // the capture's own timestamp, 1784449237061 ms
    assertEquals("2026-07-19T08:20:37.061Z", trade.get("bookAt").asText());
    assertDecimal("79.5348", trade.get("notional"));
    assertDecimal("3.35286", trade.get("fee"));
    polymarket.verify(
        getRequestedFor(urlPathEqualTo("/gamma/markets"))
            .withQueryParam("condition_ids", equalTo(PolymarketApi.CONDITION_ID)));
    polymarket.verify(
        getRequestedFor(urlPathEqualTo("/clob/book"))
            .withQueryParam("token_id", equalTo(PolymarketStub.UP_TOKEN)));

    JsonNode portfolio = body(api.positions(), 200);
    JsonNode position = portfolio.get("positions").get(0);
    // marked at the mid of the book the CLOB serves now: (0.38 + 0.39) / 2
    assertDecimal("0.385", position.get("mark"));
    assertDecimal("77", position.get("value"));
  }

  @Test
  void aMarketGammaDoesNotKnowIsNotFound() throws Exception {
    String other = "0x" + "1".repeat(64);
    assertRefused(
        PolymarketApi.freshAccount()
            .trade(
                "{\"market\":\""
                    + other
                    + "\",\"outcome\":\"Up\",\"side\":\"buy\",\"size\":10,"
                    + "\"limitPrice\":0.45,\"idempotencyKey\":\"k\"}"),
        404,
        "not_found",
        other);
  }

  @Test
  void aFailingClobIsServiceUnavailableWithWhenToRetryAndNothingIsWritten() throws Exception {
    polymarket.stubFor(
        get(urlPathEqualTo("/clob/book"))
            .atPriority(0)
            .willReturn(aResponse().withStatus(502).withBody("bad gateway")));
    PolymarketApi api = PolymarketApi.freshAccount();
    Response refused = api.order("Up", "buy", "10", "0.45", "down-1");
    assertRefused(refused, 503, "service_unavailable", "CLOB");
    assertTrue(body(refused, 503).get("error").get("retryAfter").asLong() > 0);
    // three attempts: the call and its two retries
    polymarket.verify(3, getRequestedFor(urlPathEqualTo("/clob/book")));
    assertEquals(0, body(api.positions(), 200).get("recentTrades").size());
  }
}
