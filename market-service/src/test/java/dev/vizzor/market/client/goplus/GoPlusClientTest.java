package dev.vizzor.market.client.goplus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.client.UpstreamRejectedException;
import dev.vizzor.market.client.UpstreamUnavailableException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** The GoPlus client on GoPlus's recorded format; values as they stand in the sample. */
@QuarkusTest
@TestProfile(GoPlusStubProfile.class)
class GoPlusClientTest extends GoPlusTestBase {
  @Inject GoPlusClient client;

  @Test
  void readsTheRecordedAnswerForCake() {
    goplus.stubFor(GoPlusStubs.recordedBscAnswer());

    GoPlusToken cake =
        client
            .tokenSecurity(56, "0x0E09FABB73BD3ADE0A17ECC321FD13A19E81CE82")
            .await()
            .indefinitely()
            .token()
            .orElseThrow();

    goplus.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/token_security/56"))
            .withQueryParam("contract_addresses", equalTo(GoPlusStubs.CAKE)));
    assertEquals(Optional.of("PancakeSwap Token"), cake.text("token_name"));
    assertEquals(Optional.of(true), cake.flag("is_mintable"));
    assertEquals(Optional.of(false), cake.flag("is_honeypot"));
    assertEquals(Optional.of(new BigDecimal("1913743")), cake.decimal("holder_count"));
    assertEquals(Optional.empty(), cake.decimal("transfer_tax"), "\"\" is unknown, not 0");
    assertEquals(Optional.empty(), cake.decimal("buy_tax"), "absent");
    assertEquals(Optional.empty(), cake.flag("is_in_cex"), "an object, not a flag");
    assertEquals(
        List.of(
            new GoPlusToken.Holder(
                "0x000000000000000000000000000000000000dead",
                "",
                new BigDecimal("0.937532374328921556"),
                true),
            new GoPlusToken.Holder(
                "0xf977814e90da44bfa03b6295a0616a897441acec",
                "",
                new BigDecimal("0.014658813647925620"),
                false)),
        cake.holders("holders"));
    assertEquals(List.of(), cake.dex());
  }

  @Test
  void anAddressGoPlusDoesNotKnowHasNoToken() {
    goplus.stubFor(GoPlusStubs.tokenSecurity(1).willReturn(okJson(GoPlusStubs.UNKNOWN)));

    TokenSecurity answer = client.tokenSecurity(1, GoPlusStubs.CAKE).await().indefinitely();

    assertTrue(answer.token().isEmpty());
    assertFalse(answer.partial());
  }

  @Test
  void partialDataIsSaidSo() {
    goplus.stubFor(
        GoPlusStubs.tokenSecurity(56)
            .willReturn(okJson(GoPlusStubs.recordedAnswerWithCode(2, "partial data obtained"))));

    assertTrue(client.tokenSecurity(56, GoPlusStubs.BSN).await().indefinitely().partial());
  }

  @Test
  void aRateLimitInsideHttp200IsRetriedAndARefusalIsNot() {
    goplus.stubFor(
        GoPlusStubs.tokenSecurity(56)
            .willReturn(okJson("{\"code\":4029,\"message\":\"request limit reached\"}")));
    assertThrows(
        UpstreamUnavailableException.class,
        () -> client.tokenSecurity(56, GoPlusStubs.CAKE).await().indefinitely());
    goplus.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/token_security/56")));

    goplus.resetAll();
    goplus.stubFor(
        GoPlusStubs.tokenSecurity(56)
            .willReturn(okJson("{\"code\":2004,\"message\":\"contract address format error\"}")));
    UpstreamRejectedException refused =
        assertThrows(
            UpstreamRejectedException.class,
            () -> client.tokenSecurity(56, GoPlusStubs.CAKE).await().indefinitely());
    assertEquals("code 2004: contract address format error", refused.body());
    goplus.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/token_security/56")));
  }

  @Test
  void aSlowGoPlusTimesOutOnEveryAttempt() {
    goplus.stubFor(
        GoPlusStubs.tokenSecurity(56)
            .willReturn(aResponse().withStatus(200).withFixedDelay(1_500).withBody("{}")));

    assertThrows(
        TimeoutException.class,
        () -> client.tokenSecurity(56, GoPlusStubs.CAKE).await().indefinitely());
    goplus.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/token_security/56")));
  }
}
