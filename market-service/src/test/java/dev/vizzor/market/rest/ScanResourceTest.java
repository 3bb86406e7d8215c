package dev.vizzor.market.rest;

import static dev.vizzor.market.rest.Api.call;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vizzor.market.security.evm.CodeSamples;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /scan} offline: input checks, supplied bytecode, and an address when GoPlus cannot be
 * reached (the test profile points it at a closed port) and no EVM RPC is configured.
 */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class ScanResourceTest {

  @Test
  void cryptoKittiesBytecodeIsPausableAndSaysGoPlusDidNotRun() {
    JsonPath scan = scan("{\"bytecode\":\"" + CodeSamples.cryptoKitties() + "\"}");

    assertEquals(List.of("pausable"), scan.getList("flags.id"));
    assertEquals(List.of("bytecode"), scan.getList("flags[0].sources"));
    assertEquals(
        List.of(
            Map.of(
                "source",
                "bytecode",
                "detail",
                "pause() [0x8456cb59] in the function dispatcher",
                "offset",
                447),
            Map.of(
                "source",
                "bytecode",
                "detail",
                "unpause() [0x3f4ba83a] in the function dispatcher",
                "offset",
                238)),
        scan.getList("flags[0].evidence"));
    assertEquals(
        Map.of(
            "source",
            "goplus",
            "status",
            "not_run",
            "reason",
            "no address given: GoPlus looks tokens up by chain and address"),
        scan.getMap("checks[0]"));
    assertEquals(Map.of("source", "bytecode", "status", "ran"), scan.getMap("checks[1]"));
    assertEquals("bytecode", scan.getString("source"));
    assertEquals(25, scan.getInt("riskScore"));
    assertEquals("medium", scan.getString("riskLevel"));
    assertEquals(false, scan.getBoolean("complete"));
    assertEquals(12435, scan.getInt("bytecode.bytes"));
    assertNull(scan.get("chain"));
  }

  @Test
  void codeWithNoFlagsIsNotLowRiskWhenGoPlusDidNotRun() {
    JsonPath scan = scan("{\"chain\":\"base\",\"bytecode\":\"6080604052\"}");

    assertEquals(List.of(), scan.getList("flags"));
    assertEquals(0, scan.getInt("riskScore"));
    assertEquals("unknown", scan.getString("riskLevel"));
    assertEquals("base", scan.getString("chain"));
  }

  @Test
  void anAddressWithGoPlusUnreachableAndNoRpcSaysNothingRan() {
    JsonPath scan =
        scan("{\"chain\":\"ethereum\",\"address\":\"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48\"}");

    assertEquals("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", scan.getString("address"));
    assertEquals("failed", scan.getString("checks[0].status"));
    assertEquals("not_run", scan.getString("checks[1].status"));
    assertEquals("none", scan.getString("source"));
    assertEquals("unknown", scan.getString("riskLevel"));
    assertEquals(false, scan.getBoolean("complete"));
  }

  @Test
  void badRequestsAre400sNamingTheField() {
    String address = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";
    rejected(
        "{\"chain\":\"bsc\",\"address\":\"" + address + "\",\"token\":1}", "unknown field token");
    rejected("{\"chain\":\"bsc\"}", "address (with chain) or bytecode is required");
    rejected("{\"address\":\"" + address + "\"}", "chain is required");
    rejected(
        "{\"chain\":\"solana\",\"address\":\"" + address + "\"}",
        "chain 'solana' is not supported");
    rejected(
        "{\"chain\":\"bsc\",\"address\":\"0x1234\"}",
        "address must be 0x followed by 40 hex digits");
    rejected("{\"bytecode\":\"0x60zz\"}", "bytecode must be hex");
    rejected("{\"bytecode\":42}", "bytecode must be a string");
    rejected(
        "{\"bytecode\":\"" + "00".repeat(49_153) + "\"}", "bytecode may be at most 49152 bytes");
    rejected("[1]", "the body must be a JSON object");
    rejected("{", "the body is not valid JSON");
  }

  @Test
  void aBodyOver100KibIsTooLarge() {
    call()
        .contentType("application/json")
        .body("{\"bytecode\":\"" + "0".repeat(ScanResource.MAX_BODY_BYTES) + "\"}")
        .post("/scan")
        .then()
        .statusCode(413)
        .body("error.code", equalTo("payload_too_large"));
  }

  private static JsonPath scan(String body) {
    return call()
        .contentType("application/json")
        .body(body)
        .post("/scan")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void rejected(String body, String message) {
    call()
        .contentType("application/json")
        .body(body)
        .post("/scan")
        .then()
        .statusCode(400)
        .body("error.code", equalTo("invalid_request"))
        .body("error.message", startsWith(message));
  }
}
