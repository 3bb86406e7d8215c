package dev.vizzor.market.rest;

import static dev.vizzor.market.rest.Api.call;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@code POST /audit} over HTTP: located findings for a corpus contract, and every refusal. */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class AuditEndpointTest {
  private static final Path CORPUS = Path.of("src/test/resources/smartbugs-curated");

  @Test
  void findsTheDaoReentrancyOnItsAnnotatedLine() throws IOException {
    String path = "reentrancy/reentrancy_dao.sol";
    String content = Files.readString(CORPUS.resolve(path), StandardCharsets.UTF_8);
    JsonPath answer =
        call()
            .contentType("application/json")
            .body(Map.of("sources", List.of(Map.of("path", path, "content", content))))
            .post("/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // annotations.json: reentrancy at line 18, the call.value in withdrawAll.
    List<Map<String, Object>> reentrancy =
        answer.getList("findings.findAll { it.rule == 'reentrancy' }");
    assertEquals(1, reentrancy.size(), reentrancy.toString());
    assertEquals("reentrancy", reentrancy.get(0).get("category"));
    assertEquals(path, reentrancy.get(0).get("path"));
    assertEquals(18, ((Number) reentrancy.get(0).get("startLine")).intValue());
    assertEquals(18, ((Number) reentrancy.get(0).get("endLine")).intValue());
    assertTrue(((String) reentrancy.get(0).get("fix")).length() > 0);

    assertEquals(content.lines().count(), answer.getLong("analysed.files[0].lines"));
    assertEquals(List.of("ReentrancyDAO"), answer.getList("analysed.files[0].contracts"));
    assertEquals("^0.4.19", answer.getString("analysed.files[0].pragma"));
    assertEquals(true, answer.getBoolean("checks.find { it.scope == 'source' }.ran"));
    Map<String, Integer> recount =
        new TreeMap<>(Map.of("high", 0, "medium", 0, "low", 0, "info", 0));
    for (String severity : answer.<String>getList("findings.severity")) {
      recount.merge(severity, 1, Integer::sum);
    }
    assertEquals(recount, new TreeMap<>(answer.getMap("bySeverity")));
  }

  @Test
  void aFileThatDoesNotParseIsRefusedWithItsLine() {
    String broken =
        "pragma solidity ^0.4.24;\ncontract A {\n  function f() public {\n    uint x = ;\n  }\n}\n";
    call()
        .contentType("application/json")
        .body(Map.of("sources", List.of(Map.of("path", "Broken.sol", "content", broken))))
        .post("/audit")
        .then()
        .statusCode(400)
        .body("error.code", equalTo("invalid_request"))
        .body(
            "error.message",
            containsString("Broken.sol does not parse at line 4, column 14: unexpected ';' here"));
  }

  @Test
  void badRequestsNameTheField() {
    refused(Map.of("source", List.of()), "unknown field source");
    refused(Map.of("sources", "contract A {}"), "sources must be an array");
    refused(Map.of("sources", List.of(Map.of("path", "A.sol"))), "sources[0].content is required");
    refused(
        Map.of("sources", List.of(Map.of("path", "A.sol", "content", "x", "name", "y"))),
        "unknown field sources[0].name");
    refused(
        Map.of(
            "sources",
            List.of(
                Map.of("path", "A.sol", "content", "contract A {}"),
                Map.of("path", "A.sol", "content", "contract B {}"))),
        "sources[1].path A.sol appears twice");
    List<Map<String, String>> many = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      many.add(Map.of("path", i + ".sol", "content", "contract A" + i + " {}"));
    }
    refused(Map.of("sources", many), "at most 20 files");
    refused(
        Map.of(
            "sources", List.of(Map.of("path", "Big.sol", "content", "x".repeat(256 * 1024 + 1)))),
        "sources[0].content is over 256 KiB");
    refused(Map.of("address", "0x0000000000000000000000000000000000000001"), "chain is required");
    refused(Map.of("chain", "ethereum", "address", "0x123"), "address must be 0x followed by 40");
    refused(
        Map.of("chain", "dogechain", "address", "0x0000000000000000000000000000000000000001"),
        "chain 'dogechain' is not supported");
    refused(Map.of(), "nothing to audit");
  }

  @Test
  void aBodyOverItsBoundIsTooLarge() {
    call()
        .contentType("application/json")
        .body("{\"sources\":[{\"path\":\"A.sol\",\"content\":\"" + "x".repeat(800 * 1024) + "\"}]}")
        .post("/audit")
        .then()
        .statusCode(413)
        .body("error.code", equalTo("payload_too_large"));
  }

  private static void refused(Object body, String message) {
    call()
        .contentType("application/json")
        .body(body)
        .post("/audit")
        .then()
        .statusCode(400)
        .body("error.code", equalTo("invalid_request"))
        .body("error.message", containsString(message));
  }
}
