package dev.vizzor.market.rest;

import static dev.vizzor.market.rest.Api.call;
import static dev.vizzor.market.security.RpcStubs.recorded;
import static dev.vizzor.market.security.RpcStubs.rpc;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.market.security.RpcStubsProfile;
import dev.vizzor.market.security.RpcTestBase;
import dev.vizzor.market.security.evm.CodeSamples;
import io.quarkus.cache.CacheManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /audit} of a deployed contract: its code read from the chain's node (stubbed). */
@QuarkusTest
@TestProfile(RpcStubsProfile.class)
class AuditByAddressTest extends RpcTestBase {
  private static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

  @Inject CacheManager cacheManager;

  @BeforeEach
  void noAuditKept() {
    cacheManager.getCache("audit-results").orElseThrow().invalidateAll().await().indefinitely();
  }

  @Test
  void theCodeIsReadByAddressAndAudited() {
    node.stubFor(
        rpc("ethereum", "eth_getCode")
            .willReturn(recorded("eth_getCode.mainnet_usdc_proxy.capture.json")));

    JsonPath answer =
        call()
            .contentType("application/json")
            .body(Map.of("chain", "ethereum", "address", USDC))
            .post("/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    int bytes = (CodeSamples.usdcProxy().length() - 2) / 2;
    assertEquals(bytes, answer.getInt("analysed.bytecode.bytes"));
    assertEquals("eth_getCode on ethereum", answer.getString("analysed.bytecode.from"));
    assertEquals(
        List.of("bytecode-delegatecall"), answer.getList("findings.rule"), answer.prettify());
    assertEquals(1680, answer.getInt("findings[0].offset"));
    assertEquals(true, answer.getBoolean("checks.find { it.scope == 'bytecode' }.ran"));
    assertEquals(false, answer.getBoolean("checks.find { it.scope == 'source' }.ran"));
  }

  @Test
  void anAccountWithoutCodeIsNotAContract() {
    node.stubFor(
        rpc("ethereum", "eth_getCode")
            .willReturn(recorded("eth_getCode.optimism_eoa_empty.capture.json")));
    call()
        .contentType("application/json")
        .body(Map.of("chain", "ethereum", "address", USDC))
        .post("/audit")
        .then()
        .statusCode(400)
        .body("error.message", containsString("holds no contract code on ethereum"));
  }

  @Test
  void aChainWithoutANodeIsUnavailableWhenThereIsNothingElseToAudit() {
    call()
        .contentType("application/json")
        .body(Map.of("chain", "polygon", "address", USDC))
        .post("/audit")
        .then()
        .statusCode(503)
        .body("error.code", equalTo("service_unavailable"))
        .body("error.retryAfter", equalTo(300))
        .body("error.message", containsString("no EVM RPC is configured for polygon"))
        .body("error.message", containsString("VIZZOR_EVM_RPC_URLS"));
  }

  @Test
  void withSourcesTheBytecodeChecksAreReportedAsNotRun() {
    JsonPath answer =
        call()
            .contentType("application/json")
            .body(
                Map.of(
                    "chain",
                    "polygon",
                    "address",
                    USDC,
                    "sources",
                    List.of(
                        Map.of(
                            "path",
                            "A.sol",
                            "content",
                            "pragma solidity 0.8.20;\ncontract A {}\n"))))
            .post("/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(false, answer.getBoolean("checks.find { it.scope == 'bytecode' }.ran"));
    assertEquals(
        true,
        answer
            .getString("checks.find { it.scope == 'bytecode' }.reason")
            .contains("no EVM RPC is configured for polygon"));
    assertEquals(true, answer.getBoolean("checks.find { it.scope == 'source' }.ran"));
  }
}
