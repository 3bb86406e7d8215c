package dev.vizzor.market.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.vizzor.market.rest.Api.call;
import static dev.vizzor.market.rest.Api.fields;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.vizzor.market.client.UpstreamStubs;
import dev.vizzor.market.client.goplus.GoPlusStubProfile;
import dev.vizzor.market.client.goplus.GoPlusStubs;
import dev.vizzor.market.client.goplus.GoPlusTestBase;
import dev.vizzor.market.security.evm.CodeSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /scan} with GoPlus stubbed on its recorded format. No EVM RPC is configured, so for
 * an address alone the bytecode checks never run; scores are worked out from docs/SCAN.md's
 * formula.
 */
@QuarkusTest
@TestProfile(GoPlusStubProfile.class)
class ScanWithGoPlusTest extends GoPlusTestBase {
  private static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

  @Test
  void cakeByAddressIsMintableAndOwnedButIncompleteWithoutBytecode() {
    goplus.stubFor(GoPlusStubs.recordedBscAnswer());

    JsonPath scan = scan(Map.of("chain", "bsc", "address", GoPlusStubs.CAKE));

    assertEquals(
        Set.of(
            "chain",
            "address",
            "bytecode",
            "source",
            "riskScore",
            "riskLevel",
            "complete",
            "formula",
            "flags",
            "checks",
            "token",
            "scannedAt"),
        fields(scan.getMap("")));
    assertEquals("bsc", scan.getString("chain"));
    assertEquals(GoPlusStubs.CAKE, scan.getString("address"));
    assertNull(scan.get("bytecode"));
    assertEquals("goplus", scan.getString("source"));
    assertEquals(
        List.of(
            Map.of(
                "id",
                "mintable",
                "severity",
                "medium",
                "weight",
                new BigDecimal("0.25"),
                "title",
                "New tokens can be minted",
                "sources",
                List.of("goplus"),
                "evidence",
                List.of(Map.of("source", "goplus", "detail", "is_mintable = \"1\""))),
            Map.of(
                "id",
                "owned",
                "severity",
                "info",
                "weight",
                new BigDecimal("0.0"),
                "title",
                "Has an owner with privileged functions",
                "sources",
                List.of("goplus"),
                "evidence",
                List.of(
                    Map.of(
                        "source",
                        "goplus",
                        "detail",
                        "owner_address = \"0x73feaa1ee314f8c655e354234017be2193c9e24e\"")))),
        scan.getList("flags"));
    assertEquals(25, scan.getInt("riskScore")); // one medium: 100 * 0.25
    assertEquals("medium", scan.getString("riskLevel"));
    assertEquals(false, scan.getBoolean("complete"));
    assertEquals(Map.of("source", "goplus", "status", "ran"), scan.getMap("checks[0]"));
    assertEquals("bytecode", scan.getString("checks[1].source"));
    assertEquals("not_run", scan.getString("checks[1].status"));
    assertEquals(
        "no EVM RPC is configured for bsc to read the contract's code (VIZZOR_EVM_RPC_URLS); send"
            + " the code as bytecode to run these checks",
        scan.getString("checks[1].reason"));
    // the burn address's 93.75 % is locked: the top holder anyone can sell for is Binance's 1.47 %
    Map<String, Object> token = scan.getMap("token");
    assertEquals("PancakeSwap Token", token.get("name"));
    assertEquals("Cake", token.get("symbol"));
    assertEquals(1913743, token.get("holderCount"));
    assertEquals(new BigDecimal("0.014658813647925620"), token.get("topHolderPercent"));
    assertEquals(true, token.get("openSource"));
    assertNull(token.get("buyTax"));
    assertNull(token.get("dexLiquidityUsd"));
  }

  @Test
  void bsnIsNotOnAnyDex() {
    goplus.stubFor(GoPlusStubs.recordedBscAnswer());

    JsonPath scan = scan(Map.of("chain", "56", "address", GoPlusStubs.BSN));

    assertEquals(List.of("low_liquidity", "owned"), scan.getList("flags.id"));
    assertEquals("is_in_dex = \"0\"", scan.getString("flags[0].evidence[0].detail"));
    assertEquals(0, scan.getInt("token.buyTax"), "\"0\": no tax, no flag");
  }

  @Test
  void anAddressGoPlusDoesNotKnowIsNeverLowRisk() {
    goplus.stubFor(GoPlusStubs.tokenSecurity(1).willReturn(okJson(GoPlusStubs.UNKNOWN)));

    JsonPath scan = scan(Map.of("chain", "ethereum", "address", USDC));

    assertEquals(
        Map.of(
            "source", "goplus",
            "status", "no_data",
            "reason", "GoPlus has no data on " + USDC + " on ethereum"),
        scan.getMap("checks[0]"));
    assertEquals(List.of(), scan.getList("flags"));
    assertEquals(0, scan.getInt("riskScore"));
    assertEquals("unknown", scan.getString("riskLevel"));
    assertEquals("none", scan.getString("source"));
  }

  @Test
  void whenGoPlusFailsTheBytecodeStillAnswersAndNothingIsCached() {
    goplus.stubFor(GoPlusStubs.tokenSecurity(1).willReturn(aResponse().withStatus(503)));
    Map<String, String> request =
        Map.of("chain", "ethereum", "address", USDC, "bytecode", CodeSamples.usdcProxy());

    JsonPath scan = scan(request);

    assertEquals("failed", scan.getString("checks[0].status"));
    assertEquals("GoPlus is unavailable (HTTP 503)", scan.getString("checks[0].reason"));
    assertEquals(Map.of("source", "bytecode", "status", "ran"), scan.getMap("checks[1]"));
    assertEquals("bytecode", scan.getString("source"));
    assertEquals(List.of("proxy", "upgradeable"), scan.getList("flags.id"));
    assertEquals(44, scan.getInt("riskScore")); // two mediums: 100 * (1 - 0.75 * 0.75)
    assertEquals("medium", scan.getString("riskLevel"));
    assertEquals(false, scan.getBoolean("complete"));
    assertEquals(2186, scan.getInt("bytecode.bytes"));
    goplus.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/token_security/1")));

    // not kept: asking again asks GoPlus again (its circuit has seen 3 of the 4 calls it needs)
    scan(request);
    goplus.verify(4, getRequestedFor(urlPathEqualTo("/api/v1/token_security/1")));
  }

  @Test
  void partialGoPlusDataIsNotKeptSoAskingAgainGetsTheWholeAnswer() {
    goplus.stubFor(
        GoPlusStubs.tokenSecurity(56)
            .inScenario("filling")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(GoPlusStubs.recordedAnswerWithCode(2, "partial data obtained")))
            .willSetStateTo("filled"));
    goplus.stubFor(
        GoPlusStubs.tokenSecurity(56)
            .inScenario("filling")
            .whenScenarioStateIs("filled")
            .willReturn(okJson(UpstreamStubs.sample(GoPlusStubs.SAMPLE))));
    Map<String, String> request = Map.of("chain", "bsc", "address", GoPlusStubs.CAKE);

    JsonPath first = scan(request);
    assertEquals("partial", first.getString("checks[0].status"));
    assertEquals(
        "GoPlus had only part of its data yet; ask again in about 15 s",
        first.getString("checks[0].reason"));

    JsonPath again = scan(request);
    assertEquals(Map.of("source", "goplus", "status", "ran"), again.getMap("checks[0]"));
    goplus.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/token_security/56")));
  }

  @Test
  void aSlowGoPlusIsReportedAsNotAnsweringInTime() {
    goplus.stubFor(
        GoPlusStubs.tokenSecurity(56)
            .willReturn(okJson(UpstreamStubs.sample(GoPlusStubs.SAMPLE)).withFixedDelay(1_500)));

    call()
        .contentType("application/json")
        .body(Map.of("chain", "bsc", "address", GoPlusStubs.CAKE))
        .post("/scan")
        .then()
        .statusCode(200)
        .body("checks[0].reason", startsWith("GoPlus did not answer in time"))
        .body("riskLevel", org.hamcrest.Matchers.equalTo("unknown"));
  }

  @Test
  void bothSourcesRaisingAFlagAreBothNamedAndACompleteScanIsCached() {
    // GoPlus's recorded CAKE facts, served for USDC with is_proxy "1"
    goplus.stubFor(
        GoPlusStubs.tokenSecurity(1)
            .willReturn(
                okJson(
                    UpstreamStubs.sample(GoPlusStubs.SAMPLE)
                        .replace(GoPlusStubs.CAKE, USDC)
                        .replace(
                            "\"is_proxy\": \"0\",\n      \"is_whitelisted\": \"0\",\n      \"owner_address\": \"0x73fe",
                            "\"is_proxy\": \"1\",\n      \"is_whitelisted\": \"0\",\n      \"owner_address\": \"0x73fe"))));
    Map<String, String> request =
        Map.of("chain", "ethereum", "address", USDC, "bytecode", CodeSamples.usdcProxy());

    JsonPath scan = scan(request);

    assertEquals(List.of("mintable", "proxy", "upgradeable", "owned"), scan.getList("flags.id"));
    assertEquals(List.of("bytecode", "goplus"), scan.getList("flags[1].sources"));
    assertEquals("is_proxy = \"1\"", scan.getString("flags[1].evidence[0].detail"));
    assertEquals(1680, scan.getInt("flags[1].evidence[3].offset")); // DELEGATECALL
    assertEquals(true, scan.getBoolean("complete"));
    assertEquals("goplus+bytecode", scan.getString("source"));
    assertEquals(58, scan.getInt("riskScore")); // three mediums: 100 * (1 - 0.75^3) = 57.8
    assertEquals("high", scan.getString("riskLevel"));

    assertEquals(scan.getString("scannedAt"), scan(request).getString("scannedAt"));
    goplus.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/token_security/1")));
  }

  private static JsonPath scan(Map<String, String> request) {
    return call()
        .contentType("application/json")
        .body(request)
        .post("/scan")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
