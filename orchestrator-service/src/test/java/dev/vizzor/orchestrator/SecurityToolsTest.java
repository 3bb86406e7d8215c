package dev.vizzor.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.vizzor.orchestrator.LocalChat.ask;
import static dev.vizzor.orchestrator.LocalChat.assertOnBehalfOf;
import static dev.vizzor.orchestrator.ServicesStub.CAKE;
import static dev.vizzor.orchestrator.ServicesStub.PROXY;
import static dev.vizzor.orchestrator.ServicesStub.WALLET;
import static dev.vizzor.orchestrator.ServicesStub.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.orchestrator.LocalChat.Answer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The security tools as the local analyst asks for them: each one call to market-service's {@code
 * /scan}, {@code /audit} or {@code /track} (ServicesStub serves its recorded answers) on behalf of
 * the chatting user, the answer written from it, and a check that could not run never reported as a
 * clean result.
 */
@QuarkusTest
@TestProfile(ChatProfile.class)
class SecurityToolsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aTokenScanStatesScoreFlagsAndTheChecksThatDidNotRun() throws Exception {
    UUID account = UUID.randomUUID();
    Answer answer =
        ask(account, "Is " + CAKE.toUpperCase().replace("0X", "0x") + " on BSC a honeypot?");
    JsonNode call = answer.onlyCall();
    assertEquals("scan_token", call.get("name").asText());
    assertEquals(
        JSON.createObjectNode().put("chain", "bsc").put("address", CAKE), call.get("arguments"));
    assertEquals(JSON.readTree(sample("scan-bsc-cake.json")), call.get("result"));
    // samples/scan-bsc-cake.json: GoPlus ran, the bytecode checks did not (no node for bsc)
    assertEquals(
        "Token scan of "
            + CAKE
            + " on bsc (source: goplus): risk score 25/100, medium. Incomplete: bytecode not run"
            + " (no EVM RPC is configured for bsc to read the contract's code"
            + " (VIZZOR_EVM_RPC_URLS); send the code as bytecode to run these checks). The score"
            + " counts only the checks that ran; do not read it as safe.\n"
            + "- medium: New tokens can be minted [goplus]; goplus: is_mintable = \"1\"\n"
            + "- info: Has an owner with privileged functions [goplus]; goplus: owner_address ="
            + " \"0x73feaa1ee314f8c655e354234017be2193c9e24e\"\n"
            + "GoPlus: PancakeSwap Token (Cake), 1913743 holders, top holder 1.47 %.",
        answer.text().strip());
    assertOnBehalfOf(account, postRequestedFor(urlPathEqualTo("/scan")));
  }

  @Test
  void pastedSolidityIsAuditedWithTheWorstFindingFirst() throws Exception {
    UUID account = UUID.randomUUID();
    String source = sample("etherbank.sol");
    Answer answer = ask(account, "Audit this please:\n```solidity\n" + source + "\n```");
    JsonNode call = answer.onlyCall();
    assertEquals("audit_contract", call.get("name").asText());
    // docs/CHAT.md: the pasted source without the blank space around it, ending in one newline
    JsonNode file = call.get("arguments").get("sources").get(0);
    assertEquals("pasted.sol", file.get("path").asText());
    assertEquals(source.strip() + "\n", file.get("content").asText());
    // the recorded audit with its findings worst first: the reentrancy (high) before the pragma
    ObjectNode recorded = (ObjectNode) JSON.readTree(sample("audit-etherbank.json"));
    JsonNode pragmaFinding = recorded.get("findings").get(0);
    JsonNode reentrancyFinding = recorded.get("findings").get(1);
    recorded.putArray("findings").add(reentrancyFinding).add(pragmaFinding);
    recorded.put("findingsNotShown", 0);
    assertEquals(recorded, call.get("result"));
    String text = answer.text();
    assertTrue(
        text.startsWith("Audit of pasted.sol (24 lines): 2 findings (1 high, 1 info)"), text);
    assertTrue(text.contains("The bytecode checks did not run: no bytecode or address given."));
    int reentrancy = text.indexOf("\n- high reentrancy at pasted.sol:21: In EtherBank");
    int pragma = text.indexOf("\n- info compiler-pragma at pasted.sol:7: pragma solidity ^0.4.0");
    assertTrue(reentrancy > 0 && pragma > reentrancy, text);
    assertOnBehalfOf(
        account,
        postRequestedFor(urlPathEqualTo("/audit"))
            .withRequestBody(matchingJsonPath("$.sources[0].path")));
  }

  @Test
  void aLargeAuditKeepsItsTwentyWorstFindingsForTheModelAndCountsTheRest() throws Exception {
    Answer answer = ask(UUID.randomUUID(), "audit:\n```\n" + sample("three-contracts.sol") + "```");
    JsonNode result = answer.onlyCall().get("result");
    JsonNode recorded = JSON.readTree(sample("audit-three-contracts.json"));
    // samples/audit-three-contracts.json: 24 findings, 9 high and 13 medium among them
    List<JsonNode> high = new ArrayList<>();
    List<JsonNode> medium = new ArrayList<>();
    for (JsonNode finding : recorded.get("findings")) {
      switch (finding.get("severity").asText()) {
        case "high" -> high.add(finding);
        case "medium" -> medium.add(finding);
        default -> {
          // low and info are not among the 20 worst here
        }
      }
    }
    List<JsonNode> expected = new ArrayList<>(high);
    expected.addAll(medium.subList(0, 20 - high.size()));
    assertEquals(9, high.size());
    assertEquals(JSON.valueToTree(expected), result.get("findings"));
    assertEquals(24 - 20, result.get("findingsNotShown").asInt());
    assertEquals(recorded.get("bySeverity"), result.get("bySeverity"));
    String text = answer.text();
    assertTrue(
        text.startsWith(
            "Audit of pasted.sol (296 lines): 24 findings (9 high, 13 medium, 1 low, 1 info)"),
        text);
    assertTrue(text.endsWith("\n…and 14 more (POST /audit lists all)."), text);
  }

  @Test
  void anAuditByAddressWithNoChainNamedAsksEthereumAndSaysSo() throws Exception {
    UUID account = UUID.randomUUID();
    Answer answer = ask(account, "audit contract " + PROXY);
    JsonNode call = answer.onlyCall();
    assertEquals(
        JSON.createObjectNode().put("chain", "ethereum").put("address", PROXY),
        call.get("arguments"));
    assertEquals(
        "No chain was named, so I asked ethereum.\n"
            + "Audit of 2186 bytes of code from eth_getCode on ethereum: 1 finding (1 medium)"
            + " (source: vizzor-audit: own analysis of the given code, offline). The source"
            + " checks did not run: no sources given.\n"
            + "- medium bytecode-delegatecall at bytecode offset 1680: The contract runs other"
            + " code with its own storage and ether (DELEGATECALL): a proxy or library call;"
            + " whoever chooses that code controls the contract. Fix: Check who can change the"
            + " target (the proxy's admin) and that it is fixed or governed.",
        answer.text().strip());
  }

  @Test
  void aTrackedWalletIsItsBalanceTransfersAndCounterpartiesInTheWindow() throws Exception {
    UUID account = UUID.randomUUID();
    Answer answer = ask(account, "track wallet " + WALLET + " on ethereum");
    JsonNode call = answer.onlyCall();
    assertEquals("track_wallet", call.get("name").asText());
    assertEquals(JSON.readTree(sample("track-ethereum-0x5dbc.json")), call.get("result"));
    assertEquals(
        "Wallet "
            + WALLET
            + " on ethereum (source: ethereum via http://127.0.0.1:8545): balance"
            + " 8.275127966894157145 ETH, 55 transactions sent. In blocks 10707801..10712800,"
            + " ERC-20 transfers: 1 in, 0 out, last at block 10712731.\n"
            + "Top counterparties: "
            + PROXY
            + " (1 in, 0 out).\n"
            + "No flag raised by this window's token transfers; plain ETH payments, such as mixer"
            + " deposits of ether, are not visible to these checks.",
        answer.text().strip());
    assertOnBehalfOf(account, postRequestedFor(urlPathEqualTo("/track")));
  }

  @Test
  void aChainWithoutANodeIsSaidWithItsRetryAfterAndDoesNotOpenTheCircuit() throws Exception {
    String refusal =
        JSON.readTree(sample("track-polygon-unavailable.json")).at("/error/message").asText();
    // the circuit opens when half of the last 10 calls failed: 10 of these would open it
    for (int i = 0; i < 10; i++) {
      Answer answer = ask(UUID.randomUUID(), "track wallet " + WALLET + " on polygon");
      JsonNode call = answer.onlyCall();
      assertTrue(call.get("result").isNull(), call.toString());
      assertEquals(
          "market-service answered service_unavailable: " + refusal + " (retry after 300 s)",
          call.get("error").asText());
      assertEquals(
          "track wallet for "
              + WALLET
              + " did not run: "
              + call.get("error").asText()
              + ". No wallet data was read.",
          answer.text().strip());
    }
    JsonNode ethereum =
        ask(UUID.randomUUID(), "track wallet " + WALLET + " on ethereum").onlyCall();
    assertEquals(JSON.readTree(sample("track-ethereum-0x5dbc.json")), ethereum.get("result"));
  }
}
